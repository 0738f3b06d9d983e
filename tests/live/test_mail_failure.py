"""A failing mail server: the live notices stay in the notification centre
and their e-mails go out once on the retry (issue 17, defect 6; issue 12)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from live import services
from live.models import Confirmation, Reminder, SessionCancellation
from live.reminders import send_due_reminders
from live.tasks import send_confirmation_email
from notifications.mailing import retry_unsent_emails
from notifications.models import Notification
from tests.mail_backends import FAILING_EMAIL_BACKEND, on_commit_runs_at_once

pytestmark = pytest.mark.django_db

WORKING_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def _retry_unsent_emails():
    """The notifications app's retry of e-mails that did not go (run by the daily job)."""
    return retry_unsent_emails(now=timezone.now() + timedelta(minutes=10))


def test_confirmation_not_sent_stays_in_the_notification_centre(
    session, learner, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(learner, session).registration
    assert registration.is_registered
    (notice,) = Notification.objects.filter(recipient=learner, kind="live.registered")
    assert notice.email_sent_at is None


def test_confirmation_not_sent_is_sent_once_by_the_retry_with_its_ics(
    session, learner, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(learner, session).registration
    settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
    assert send_confirmation_email.call(registration.pk) is False  # the repeated task adds nothing
    assert _retry_unsent_emails() == 1
    assert _retry_unsent_emails() == 0
    (message,) = mail.outbox
    assert message.to == [learner.email] and message.attachments[0][0] == "session.ics"
    assert Confirmation.objects.filter(registration=registration).count() == 1


def test_reminder_not_sent_is_retried_once_and_not_queued_again(session, learner, settings):
    services.register(learner, session, notify=False)
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with on_commit_runs_at_once():
        send_due_reminders(now=session.starts_at - timedelta(hours=23))
        settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
        assert send_due_reminders(now=session.starts_at - timedelta(hours=22)) == 0
    assert mail.outbox == []
    assert _retry_unsent_emails() == 1
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert Reminder.objects.count() == 1


def test_cancelling_with_the_mail_server_down_still_cancels(
    session, trainer, learner, settings, django_capture_on_commit_callbacks
):
    services.register(learner, session, notify=False)
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.cancel_session(trainer, session, "Kouluttaja sairastui.")
    assert outcome.changed and outcome.notified == 1
    assert SessionCancellation.objects.filter(session=session).exists()
