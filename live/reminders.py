"""Reminders 24 hours and 1 hour before a session.

Tasks cannot be scheduled for a moment in the future with every backend, so
`send_due_reminders` is run every few minutes (cron, `manage.py
send_live_reminders`): it finds the reminders that are due and not yet
sent, records a marker per (registration, kind) and queues the notice
(live.tasks). A mail server failure loses nothing: the notice stays in the
person's notification centre and the notifications app retries its e-mail.

Guarantees: idempotent (the unique marker decides; two overlapping runs
send each reminder once); a session moved to another time reminds again;
a cancelled session reminds nobody; a reminder that is already pointless is skipped
(a 24-hour reminder is not sent within the last hour, where the 1-hour
reminder takes over, and nothing is sent after the start).
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from live.models import Registration, RegistrationStatus, Reminder, ReminderKind

WINDOWS = {
    # kind: (due from this long before the start, until this long before the start)
    ReminderKind.DAY_BEFORE: (timedelta(hours=24), timedelta(hours=1)),
    ReminderKind.HOUR_BEFORE: (timedelta(hours=1), timedelta(0)),
}


def due_registrations(kind: str, now):
    opens, closes = WINDOWS[kind]
    return (
        Registration.objects.filter(
            status=RegistrationStatus.REGISTERED,
            session__live=True,
            session__cancellation__isnull=True,  # a cancelled session reminds nobody
            session__starts_at__lte=now + opens,
            session__starts_at__gt=now + closes,
        )
        .exclude(reminders__kind=kind, reminders__for_starts_at=F("session__starts_at"))
        .order_by("session__starts_at", "pk")
    )


def send_due_reminders(now=None) -> int:
    """Queue every due reminder once. Returns how many were queued."""
    from live.tasks import send_reminder_email

    now = now or timezone.now()
    queued = 0
    for kind in WINDOWS:
        due = due_registrations(kind, now).values_list("pk", "session__starts_at")
        for registration_pk, starts_at in list(due):
            try:
                with transaction.atomic():
                    Reminder.objects.create(
                        registration_id=registration_pk, kind=kind, for_starts_at=starts_at, sent_at=now
                    )
            except IntegrityError:  # another run got there first
                continue
            send_reminder_email.enqueue(registration_pk, str(kind))
            queued += 1
    return queued
