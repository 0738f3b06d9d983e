"""Notices about live sessions, sent through Django's task framework
(immediately in the demo and tests; by the worker in production).

Each task re-reads its rows and does nothing when the notice no longer
applies (cancelled meanwhile, session deleted), then hands it to the
notification centre (live.notices): the notice and its e-mail are written in
the person's preferred language, the e-mail carries the .ics where it did
before, and a dedupe key per event means a repeated task notifies nobody
twice. A mail server failure loses nothing: the notification stays in the
person's centre and the notifications app retries its e-mail, so the
"sent" markers (Confirmation, Reminder) stay once the notice exists."""

from django.db import IntegrityError, transaction
from django_tasks import task

from live import notices


@task()
def send_confirmation_email(registration_pk: int) -> bool:
    """Confirm a registration, or a place on the waiting list, once, with the
    session's .ics attached. The Confirmation marker is created first: a
    repeated or concurrent task sends nothing more (and its pk is the
    notice's dedupe key, so registering again after cancelling confirms
    again)."""
    from live.models import Confirmation, Registration
    from live.services import waitlist_position

    registration = Registration.objects.select_related("user", "session").filter(pk=registration_pk).first()
    if registration is None or not (registration.is_registered or registration.is_waitlisted):
        return False
    if registration.session.is_cancelled:
        return False
    try:
        with transaction.atomic():
            marker = Confirmation.objects.create(registration=registration, status=registration.status)
            if registration.is_registered:
                kind, extra = notices.REGISTERED, None
            else:
                kind, extra = notices.WAITLISTED, {"position": waitlist_position(registration)}
            notice = notices.send(
                registration, kind, dedupe_key=f"confirmation:{marker.pk}", extra=extra, attach_ics=True
            )
    except IntegrityError:  # already confirmed
        return False
    return notice is not None


@task()
def send_cancellation_email(registration_pk: int) -> bool:
    """Tell a registered or waiting person that the session was called off
    (with the reason, and the .ics marked CANCELLED so calendars update).
    Once per person and cancellation."""
    from live.models import Registration, SessionCancellation

    registration = (
        Registration.objects.select_related("user", "session", "session__cancellation")
        .filter(pk=registration_pk)
        .first()
    )
    if registration is None or not (registration.is_registered or registration.is_waitlisted):
        return False
    try:
        cancellation = registration.session.cancellation
    except SessionCancellation.DoesNotExist:
        return False
    extra = {"reason": cancellation.reason, "was_waitlisted": registration.is_waitlisted}
    notice = notices.send(
        registration, notices.CANCELLED, dedupe_key=f"cancellation:{cancellation.pk}", extra=extra, attach_ics=True
    )
    return notice is not None


@task()
def send_promotion_email(registration_pk: int) -> bool:
    """Tell a person on the waiting list that they now have a place (once per
    promotion), with the .ics again, now with the join link."""
    from live.models import Registration

    registration = Registration.objects.select_related("user", "session").filter(pk=registration_pk).first()
    if registration is None or not registration.is_registered:
        return False
    promoted = registration.promoted_at.isoformat() if registration.promoted_at else ""
    notice = notices.send(
        registration, notices.PROMOTED, dedupe_key=f"promotion:{registration.pk}:{promoted}", attach_ics=True
    )
    return notice is not None


@task()
def send_reminder_email(registration_pk: int, kind: str) -> bool:
    """One reminder (24 h or 1 h before) to a registered participant, once per
    registration, kind and start time (a moved session reminds again)."""
    from live.models import Registration, ReminderKind

    registration = Registration.objects.select_related("user", "session").filter(pk=registration_pk).first()
    if registration is None or not registration.is_registered or registration.session.is_cancelled:
        return False
    notice_kind = notices.REMINDER_DAY if kind == ReminderKind.DAY_BEFORE else notices.REMINDER_HOUR
    starts_at = registration.session.starts_at.isoformat()
    notice = notices.send(registration, notice_kind, dedupe_key=f"reminder:{registration.pk}:{kind}:{starts_at}")
    return notice is not None
