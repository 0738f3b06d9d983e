"""Deleting newcomers' try requests after the retention period, keeping only
anonymous counts.

Settings (training/settings/base.py):
- TRYOUT_RETENTION_MONTHS (default 12): months after the outcome was recorded
  (or the request was declined) before the request is deleted;
- TRYOUT_OPEN_RETENTION_MONTHS (default 6): months after sending for a
  request that never got an outcome.

Newcomers have no account, so the requests are not part of any personal-data
export (accounts.personal_data covers account holders); a newcomer who wants
their request gone asks the association, whose contact can delete it at once
(`services.delete_request`), or waits for this purge.

What is kept is what the offering's funnel (reports/offering_funnel.py) needs:
per activity (hence its municipality and association, for the region's
scope), month sent and outcome, so requests, first visits ("visited" or
"joined") and joined per municipality and month are the live rows plus these
counts. A request's deletion and its count are one transaction, so a reader
that sums both in one statement counts it exactly once.
"""

import calendar
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

BATCH_SIZE = 500


def retention_months() -> int:
    return int(getattr(settings, "TRYOUT_RETENTION_MONTHS", 12))


def open_retention_months() -> int:
    return int(getattr(settings, "TRYOUT_OPEN_RETENTION_MONTHS", 6))


def months_before(moment, months: int):
    """The same moment `months` calendar months earlier (clamped to the month's last day)."""
    month_index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def count_key(request) -> tuple[int, date, str]:
    """(activity, first day of the month it was sent in, outcome) of one request;
    a declined request without an outcome counts as "declined"."""
    sent = timezone.localtime(request.created_at).date().replace(day=1)
    outcome = request.outcome or ("declined" if request.answer == "declined" else "")
    return request.activity_id, sent, outcome


def add_to_counts(activity_id: int, month: date, outcome: str, amount: int) -> None:
    """Add `amount` to one count row, creating it if needed (safe when two purges race)."""
    from activities.models import TryRequestCount

    updated = TryRequestCount.objects.filter(activity_id=activity_id, month=month, outcome=outcome).update(
        count=F("count") + amount
    )
    if updated:
        return
    try:
        with transaction.atomic():
            TryRequestCount.objects.create(activity_id=activity_id, month=month, outcome=outcome, count=amount)
    except IntegrityError:  # the other purge created it first
        TryRequestCount.objects.filter(activity_id=activity_id, month=month, outcome=outcome).update(
            count=F("count") + amount
        )


def purge(now=None) -> int:
    """Delete every request past retention and count it; returns how many were deleted.

    Guarantees: each deleted request adds exactly one to its count, in the same
    transaction as its deletion (a crash leaves both or neither); two purges
    running at once never count a request twice — each batch locks its rows
    (skipping rows another purge holds) and counts only rows it deleted itself;
    running it again finds nothing more to do.
    """
    from activities.models import TryRequest

    total = 0
    while True:
        with transaction.atomic():
            due = TryRequest.objects.due_for_purge(
                retention_months=retention_months(), unanswered_months=open_retention_months(), now=now
            )
            batch = list(
                due.select_for_update(skip_locked=True).only("pk", "activity_id", "created_at", "outcome", "answer")[
                    :BATCH_SIZE
                ]
            )
            if not batch:
                return total
            # Rows another purge deleted between our read and our lock are gone:
            # count only what this delete removes.
            deleted_pks = set(TryRequest.objects.filter(pk__in=[row.pk for row in batch]).values_list("pk", flat=True))
            counts: dict[tuple, int] = {}
            for row in batch:
                if row.pk in deleted_pks:
                    key = count_key(row)
                    counts[key] = counts.get(key, 0) + 1
            TryRequest.objects.filter(pk__in=deleted_pks).delete()
            for (activity_id, month, outcome), amount in counts.items():
                add_to_counts(activity_id, month, outcome, amount)
            total += len(deleted_pks)
            if len(batch) < BATCH_SIZE:
                return total
