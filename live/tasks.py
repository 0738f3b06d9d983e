"""E-mails about live sessions, sent through Django's task framework
(immediately in the demo and tests; by the worker in production).

Each task re-reads its rows and does nothing when the e-mail no longer
applies (cancelled meanwhile, session deleted). Every e-mail is written in
the person's preferred language (User.preferred_language).

A mail server failure never raises out of a task (training.mail.send_safely):
the task returns False, and the markers that say "sent" (Confirmation,
Reminder) are removed again, so the next attempt sends it."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from training.mail import send_safely


def _language_of(user) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return user.preferred_language if user.preferred_language in codes else settings.LANGUAGE_CODE


def _session_url(session) -> str:
    from live.calendar import absolute_page_url

    return absolute_page_url(session)


def _shown_page(session, language: str):
    """The session's page in the person's language when it is published, else
    the canonical page (which holds registrations and the cancellation)."""
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or locale.pk == session.locale_id:
        return session
    translation_page = session.get_translation_or_none(locale)
    return translation_page if translation_page is not None and translation_page.live else session


def _send(registration, subject: str, template: str, *, extra=None, attach_ics: bool = False) -> bool:
    """Render and send one e-mail (call inside translation.override); True when it went out."""
    from live.calendar import session_ics

    user, session = registration.user, registration.session
    page = _shown_page(session, translation.get_language())
    context = {
        "user": user,
        "session": session,
        "title": page.title,
        "starts_at": timezone.localtime(session.starts_at),
        "ends_at": timezone.localtime(session.ends_at),
        "url": _session_url(page),
        **(extra or {}),
    }
    message = EmailMessage(subject, render_to_string(template, context), None, [user.email])
    if attach_ics:
        # The same file as the download: the join link only for people with a place.
        body = session_ics(session, include_join=registration.is_registered)
        message.attach("session.ics", body, "text/calendar")
    return send_safely(message)


def _title(registration) -> str:
    return _shown_page(registration.session, translation.get_language()).title


@task()
def send_confirmation_email(registration_pk: int) -> bool:
    """Confirm a registration, or a place on the waiting list, once, with the
    session's .ics attached. The Confirmation marker is created first: a
    repeated or concurrent task sends nothing more. If the mail server
    fails, the marker is deleted again, so a retry sends it."""
    from live.models import Confirmation, Registration
    from live.services import waitlist_position

    registration = Registration.objects.select_related("user", "session").filter(pk=registration_pk).first()
    if registration is None or not (registration.is_registered or registration.is_waitlisted):
        return
    if registration.session.is_cancelled:
        return
    try:
        with transaction.atomic():
            marker = Confirmation.objects.create(registration=registration, status=registration.status)
    except IntegrityError:  # already confirmed
        return False
    with translation.override(_language_of(registration.user)):
        if registration.is_registered:
            subject = _("You are registered: %(title)s") % {"title": _title(registration)}
            sent = _send(registration, subject, "live/email/registered.txt", attach_ics=True)
        else:
            subject = _("You are on the waiting list: %(title)s") % {"title": _title(registration)}
            extra = {"position": waitlist_position(registration)}
            sent = _send(registration, subject, "live/email/waitlisted.txt", extra=extra, attach_ics=True)
    if not sent:
        marker.delete()
    return sent


@task()
def send_cancellation_email(registration_pk: int) -> bool:
    """Tell a registered or waiting person that the session was called off
    (with the reason, and the .ics marked CANCELLED so calendars update)."""
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
    with translation.override(_language_of(registration.user)):
        subject = _("Cancelled: %(title)s") % {"title": _title(registration)}
        extra = {"reason": cancellation.reason, "was_waitlisted": registration.is_waitlisted}
        return _send(registration, subject, "live/email/session_cancelled.txt", extra=extra, attach_ics=True)


@task()
def send_promotion_email(registration_pk: int) -> bool:
    """Tell a person on the waiting list that they now have a place."""
    from live.models import Registration

    registration = Registration.objects.select_related("user", "session").filter(pk=registration_pk).first()
    if registration is None or not registration.is_registered:
        return False
    with translation.override(_language_of(registration.user)):
        subject = _("You have a place in %(title)s") % {"title": _title(registration)}
        # The .ics again, now with the join link (the waiting-list one had none).
        return _send(registration, subject, "live/email/promoted.txt", attach_ics=True)


@task()
def send_reminder_email(registration_pk: int, kind: str) -> bool:
    """One reminder (24 h or 1 h before) to a registered participant. If the
    mail server fails, the reminder's marker (live.reminders) is deleted, so
    the next run of send_live_reminders tries again while it is still due."""
    from live.models import Registration, Reminder, ReminderKind

    registration = Registration.objects.select_related("user", "session").filter(pk=registration_pk).first()
    if registration is None or not registration.is_registered or registration.session.is_cancelled:
        return False
    with translation.override(_language_of(registration.user)):
        if kind == ReminderKind.DAY_BEFORE:
            subject = _("Tomorrow: %(title)s") % {"title": _title(registration)}
        else:
            subject = _("Starting in an hour: %(title)s") % {"title": _title(registration)}
        sent = _send(registration, subject, "live/email/reminder.txt")
    if not sent:
        Reminder.objects.filter(
            registration=registration, kind=kind, for_starts_at=registration.session.starts_at
        ).delete()
    return sent
