"""E-mails about live sessions, sent through Django's task framework
(immediately in the demo and tests; by the worker in production).

Each task re-reads its rows and does nothing when the e-mail no longer
applies (cancelled meanwhile, session deleted)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task


def _language_of(user) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return user.preferred_language if user.preferred_language in codes else settings.LANGUAGE_CODE


def _session_url(session) -> str:
    from live.calendar import absolute_page_url

    return absolute_page_url(session)


def _send(registration, subject: str, template: str) -> None:
    user, session = registration.user, registration.session
    context = {
        "user": user,
        "session": session,
        "starts_at": timezone.localtime(session.starts_at),
        "ends_at": timezone.localtime(session.ends_at),
        "url": _session_url(session),
    }
    send_mail(subject, render_to_string(template, context), None, [user.email])


@task()
def send_promotion_email(registration_pk: int) -> None:
    """Tell a person on the waiting list that they now have a place."""
    from live.models import Registration

    registration = Registration.objects.select_related("user", "session").filter(pk=registration_pk).first()
    if registration is None or not registration.is_registered:
        return
    with translation.override(_language_of(registration.user)):
        subject = _("You have a place in %(title)s") % {"title": registration.session.title}
        _send(registration, subject, "live/email/promoted.txt")


@task()
def send_reminder_email(registration_pk: int, kind: str) -> None:
    """One reminder (24 h or 1 h before) to a registered participant."""
    from live.models import Registration, ReminderKind

    registration = Registration.objects.select_related("user", "session").filter(pk=registration_pk).first()
    if registration is None or not registration.is_registered:
        return
    with translation.override(_language_of(registration.user)):
        if kind == ReminderKind.DAY_BEFORE:
            subject = _("Tomorrow: %(title)s") % {"title": registration.session.title}
        else:
            subject = _("Starting in an hour: %(title)s") % {"title": registration.session.title}
        _send(registration, subject, "live/email/reminder.txt")
