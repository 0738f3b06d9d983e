"""A failing mail server: the live e-mails are not marked sent, so they go
out on the next try (issue 17, defect 6)."""

from datetime import timedelta

import pytest
from django.core import mail

from live import services
from live.models import Confirmation, Reminder, SessionCancellation
from live.reminders import send_due_reminders
from live.tasks import send_confirmation_email
from tests.mail_backends import FAILING_EMAIL_BACKEND

pytestmark = pytest.mark.django_db

WORKING_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_confirmation_not_sent_leaves_no_marker(session, learner, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(learner, session).registration
    assert registration.is_registered
    assert not Confirmation.objects.filter(registration=registration).exists()


def test_confirmation_not_sent_is_sent_by_a_retry(session, learner, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(learner, session).registration
    settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
    assert send_confirmation_email.call(registration.pk) is True
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert Confirmation.objects.filter(registration=registration).count() == 1


def test_reminder_not_sent_is_not_marked_and_the_next_run_sends_it(session, learner, settings):
    services.register(learner, session, notify=False)
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    send_due_reminders(now=session.starts_at - timedelta(hours=23))
    assert not Reminder.objects.exists()
    settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
    send_due_reminders(now=session.starts_at - timedelta(hours=22))
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
