"""Reminding inactive members.

Guarantees of `send_reminders`:
- a person is reminded at most once in REMIND_AGAIN_AFTER (7 days), whoever
  asks and from whichever association: the check and the new Reminder row are
  made while the person's user row is locked, so two concurrent requests
  cannot both send;
- only active, inactive-for-30-days members of the association are reminded;
- a sender may send at most REMINDERS_PER_HOUR reminders per hour (a setting,
  counted from the database so every app server shares the limit);
- the e-mail goes out through a task after the transaction commits; if the
  mail server fails, the task deletes the Reminder again (nothing is marked
  sent that was not), and `not_sent` counts the ones that failed at once
  (with a separate worker they count as sent until it tries).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation

from associations.models import Association, Membership
from reports.association_report import REMIND_AGAIN_AFTER, build_rows
from reports.catalogue import live_courses
from reports.models import Reminder
from reports.tasks import send_reminder_email

DEFAULT_REMINDERS_PER_HOUR = 50


def reminders_per_hour() -> int:
    return int(getattr(settings, "REPORTS_REMINDERS_PER_HOUR", DEFAULT_REMINDERS_PER_HOUR))


@dataclass(frozen=True)
class ReminderOutcome:
    sent: int
    already_reminded: int
    not_eligible: int
    rate_limited: int
    not_sent: int = 0


def send_reminders(sender, association: Association, user_ids: list[int]) -> ReminderOutcome:
    now = timezone.now()
    memberships = list(
        Membership.objects.filter(association=association, active=True, user_id__in=user_ids).select_related("user")
    )
    eligible = {row.user.pk for row in build_rows(memberships, live_courses()) if row.is_inactive(now)}
    sent = already = limited = 0
    created: list[int] = []
    language = translation.get_language()
    with transaction.atomic():
        # Lock the sender and the people first (in one ordered statement, so no
        # deadlock): concurrent reminders by the same sender or for the same
        # people wait here, then see each other's rows.
        locked = set(
            get_user_model()
            .objects.select_for_update()
            .filter(pk__in=sorted(eligible | {sender.pk}))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        budget = (
            reminders_per_hour() - Reminder.objects.filter(sent_by=sender, sent_at__gt=now - timedelta(hours=1)).count()
        )
        people = sorted(locked & eligible)
        recent = set(
            Reminder.objects.filter(user_id__in=people, sent_at__gt=now - REMIND_AGAIN_AFTER).values_list(
                "user_id", flat=True
            )
        )
        for user_id in people:
            if user_id in recent:
                already += 1
                continue
            if sent >= budget:
                limited += 1
                continue
            reminder = Reminder.objects.create(user_id=user_id, association=association, sent_by=sender, sent_at=now)
            transaction.on_commit(lambda pk=reminder.pk: send_reminder_email.enqueue(pk, language))
            created.append(reminder.pk)
            sent += 1
    # The tasks have run by now when they run immediately; a failed one deleted its row.
    not_sent = sent - Reminder.objects.filter(pk__in=created).count() if created else 0
    not_eligible = len(set(user_ids)) - len(eligible)
    return ReminderOutcome(sent - not_sent, already, not_eligible, limited, not_sent)
