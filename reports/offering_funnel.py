"""The hobby offering's funnel per municipality and month: activities
offered, newcomers' try requests, first visits, joined.

- Scope: the activities of the associations a person oversees in the region
  (`reports.scope.associations_of_region`), grouped by the activity's
  municipality. Another region's activities never appear.
- Month: requests, first visits and joined are counted in the month the
  request was SENT (a cohort: "of March's requests, how many came and
  joined"), which is also the month the retention purge keeps
  (`TryRequestCount.month`). A first visit is an outcome "visited" or
  "joined" (joining implies having come), so joined ⊆ first visits ⊆ requests.
- Purged requests: live `TryRequest` rows and the anonymous `TryRequestCount`
  rows the purge (or a contact's deletion) leaves are added in ONE SQL
  statement (UNION ALL). The purge deletes a request and increments its count
  in one transaction, and one statement reads one snapshot, so a request is
  counted exactly once — never zero times, never twice — even while a purge runs.
- Activities offered in a month: activities shown in the offering today
  (`Activity.objects.public()`) that existed by the end of the month and
  whose season (where one is set) overlaps it. No history of publication is
  kept, so an activity unpublished since then is not counted in past months.
- Small cells: the three counts of people go through `reports.suppression`
  (the funder summary's helper), each as a municipality × month table with
  its totals. Counts of activities are not about people (the offering is
  public), so they are shown as they are.

Cost: two queries whatever the number of activities, requests or months.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from django.db.models import Count, DateField, IntegerField, Q, Sum, Value
from django.db.models.functions import Cast, Coalesce, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from reports.scope import associations_of_region
from reports.suppression import SuppressedTable, suppressed_table, threshold

# Most months one table shows (the funder's period is cut to its last MAX_MONTHS).
MAX_MONTHS = 24
PEOPLE_MEASURES = ("requests", "visits", "joined")


def measure_titles() -> dict[str, str]:
    return {
        "offered": _("Activities offered"),
        "requests": _("Requests to try"),
        "visits": _("First visits"),
        "joined": _("Joined"),
    }


@dataclass(frozen=True)
class FunnelLine:
    """One municipality's funnel over the whole period; None = hidden small cell."""

    municipality: str
    offered: int
    requests: int | None
    visits: int | None
    joined: int | None


@dataclass
class OfferingFunnel:
    months: list[date]
    # Per municipality over the period (the last line is the total of all).
    lines: list[FunnelLine]
    # (measure key, title, municipality × month table with totals)
    tables: list[tuple[str, str, SuppressedTable]]
    threshold: int

    @property
    def is_empty(self) -> bool:
        return len(self.lines) <= 1


def month_span(first: date, last: date) -> list[date]:
    """The first days of every month from `first`'s to `last`'s, at most the last MAX_MONTHS."""
    start = first.year * 12 + first.month - 1
    end = last.year * 12 + last.month - 1
    start = max(start, end - MAX_MONTHS + 1)
    return [date(index // 12, index % 12 + 1, 1) for index in range(start, end + 1)]


def last_months(today: date, n: int) -> list[date]:
    """The `n` months up to and including `today`'s."""
    index = today.year * 12 + today.month - 1 - (n - 1)
    return month_span(date(index // 12, index % 12 + 1, 1), today)


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _local_midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _as_date(value) -> date:
    """A month value as the database returned it through the UNION (date, datetime or ISO text)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def people_counts(association_ids, months: list[date]) -> dict[tuple[int, date], dict[str, int]]:
    """{(municipality id, month): {"requests", "visits", "joined"}} from live and purged requests (one query)."""
    from activities.models import TryRequest, TryRequestCount

    visited = [TryRequest.Outcome.VISITED, TryRequest.Outcome.JOINED]
    live = (
        TryRequest.objects.filter(
            activity__association__in=association_ids,
            created_at__gte=_local_midnight(months[0]),
            created_at__lt=_local_midnight(_next_month(months[-1])),
        )
        .annotate(month=Cast(TruncMonth("created_at", output_field=DateField()), DateField()))
        .values("activity__municipality_id", "month")
        .annotate(
            requests=Count("pk"),
            visits=Count("pk", filter=Q(outcome__in=visited)),
            joined=Count("pk", filter=Q(outcome=TryRequest.Outcome.JOINED)),
        )
        .order_by()
    )
    zero = Value(0, output_field=IntegerField())
    purged = (
        TryRequestCount.objects.filter(
            activity__association__in=association_ids, month__gte=months[0], month__lte=months[-1]
        )
        .values("activity__municipality_id", "month")
        .annotate(
            requests=Coalesce(Sum("count"), zero),
            visits=Coalesce(Sum("count", filter=Q(outcome__in=visited)), zero),
            joined=Coalesce(Sum("count", filter=Q(outcome=TryRequest.Outcome.JOINED)), zero),
        )
        .order_by()
    )
    counts: dict[tuple[int, date], dict[str, int]] = defaultdict(lambda: dict.fromkeys(PEOPLE_MEASURES, 0))
    # At most two aggregated rows per (municipality, month): live and purged.
    for row in live.union(purged, all=True):
        cell = counts[(row["activity__municipality_id"], _as_date(row["month"]))]
        for key in PEOPLE_MEASURES:
            cell[key] += int(row[key] or 0)
    return counts


def offered_counts(association_ids, months: list[date]) -> dict[int, dict]:
    """{municipality id: {"name", "months": [count per month], "period": distinct activities}} (one query)."""
    from activities.models import Activity

    def offered_in(first: date, end: date) -> Q:
        return (
            Q(created_at__lt=_local_midnight(end))
            & (Q(season_starts__isnull=True) | Q(season_starts__lt=end))
            & (Q(season_ends__isnull=True) | Q(season_ends__gte=first))
        )

    per_month = {
        f"m{i}": Count("pk", filter=offered_in(month, _next_month(month)), distinct=True)
        for i, month in enumerate(months)
    }
    rows = (
        Activity.objects.public()
        .filter(association__in=association_ids)
        .values("municipality_id", "municipality__name")
        .annotate(period=Count("pk", filter=offered_in(months[0], _next_month(months[-1])), distinct=True), **per_month)
        .order_by()
    )
    return {
        row["municipality_id"]: {
            "name": row["municipality__name"],
            "months": [row[f"m{i}"] for i in range(len(months))],
            "period": row["period"],
        }
        for row in rows
    }


def offering_funnel(user, region, months: list[date], limit: int | None = None) -> OfferingFunnel:
    """The funnel of the activities `user` oversees in `region` over `months` (see the module docstring)."""
    from associations.models import Municipality

    limit = threshold() if limit is None else limit
    association_ids = associations_of_region(user, region).values("pk")
    offered = offered_counts(association_ids, months)
    people = people_counts(association_ids, months)
    names = {pk: row["name"] for pk, row in offered.items()}
    missing = {pk for pk, _month in people} - names.keys()
    if missing:  # requests of activities no longer in the offering: one more small query
        names.update(Municipality.objects.filter(pk__in=missing).values_list("pk", "name"))
    municipalities = sorted(names, key=lambda pk: names[pk])
    labels = [names[pk] for pk in municipalities]
    column_labels = [month.isoformat()[:7] for month in months]

    titles = measure_titles()
    tables = []
    offered_grid = [offered.get(pk, {}).get("months", [0] * len(months)) for pk in municipalities]
    period_offered = [offered.get(pk, {}).get("period", 0) for pk in municipalities]
    tables.append(("offered", titles["offered"], _plain_table(labels, column_labels, offered_grid, period_offered)))
    for key in PEOPLE_MEASURES:
        grid = [[people.get((pk, month), {}).get(key, 0) for month in months] for pk in municipalities]
        tables.append((key, titles[key], suppressed_table(labels, column_labels, grid, limit)))

    by_key = {key: table for key, _title, table in tables}
    lines = [
        FunnelLine(
            labels[i],
            period_offered[i],
            *[by_key[key].cells[i][-1] if by_key[key].cells else 0 for key in PEOPLE_MEASURES],
        )
        for i in range(len(municipalities))
    ]
    lines.append(
        FunnelLine(_("Total"), sum(period_offered), *[by_key[key].column_totals[-1] for key in PEOPLE_MEASURES])
    )
    return OfferingFunnel(months, lines, tables, limit)


def _plain_table(row_labels, column_labels, grid: list[list[int]], period: list[int]) -> SuppressedTable:
    """Activity counts with nothing hidden. A row's total is the number of
    different activities offered in the period (one activity runs in many
    months, so it is not the sum of the months); an activity is in one
    municipality, so the column totals are sums."""
    cells = [[*row, total] for row, total in zip(grid, period, strict=True)]
    totals = [sum(row[j] for row in cells) for j in range(len(column_labels) + 1)]
    return SuppressedTable(list(row_labels), list(column_labels), cells, totals)


def period_months(start: date | None, end: date | None, today: date | None = None) -> list[date]:
    """The whole months of the funder's period: from `start`'s month (default:
    11 months before `end`'s) to `end`'s (default: this month), at most MAX_MONTHS."""
    end = end or today or timezone.localdate()
    if start is None:
        return last_months(end, 12)
    return month_span(start, end)


def funder_offering(user, region, start: date | None = None, end: date | None = None, limit=None) -> OfferingFunnel:
    """The funnel for the funder summary's period (requests sent in its months)."""
    return offering_funnel(user, region, period_months(start, end), limit)
