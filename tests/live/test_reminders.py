"""Reminders 24 h and 1 h before, through the notification centre and the mail outbox."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from live import services
from live.models import Reminder
from live.reminders import send_due_reminders
from tests.mail_backends import on_commit_runs_at_once

pytestmark = pytest.mark.django_db


def remind(**kwargs) -> int:
    """One run of send_due_reminders whose notices' e-mails leave at once (as
    after the commit in production; a test's own transaction never commits)."""
    with on_commit_runs_at_once():
        return send_due_reminders(**kwargs)


def test_nothing_is_due_two_days_before(session, learner):
    services.register(learner, session)
    assert remind(now=session.starts_at - timedelta(days=2)) == 0
    assert mail.outbox == []


def test_day_before_reminder_is_sent_once(session, learner):
    services.register(learner, session)
    with time_machine.travel(session.starts_at - timedelta(hours=23)):
        assert remind() == 1
        assert remind() == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [learner.email]
    assert "Tomorrow" in mail.outbox[0].subject


def test_hour_before_reminder_follows_the_day_before(session, learner):
    services.register(learner, session)
    remind(now=session.starts_at - timedelta(hours=23))
    remind(now=session.starts_at - timedelta(minutes=50))
    assert [m.subject.split(":")[0] for m in mail.outbox] == ["Tomorrow", "Starting in an hour"]
    assert Reminder.objects.count() == 2


def test_late_registration_gets_only_the_hour_reminder(session, learner):
    services.register(learner, session)
    assert remind(now=session.starts_at - timedelta(minutes=30)) == 1
    assert "Starting in an hour" in mail.outbox[0].subject


def test_no_reminders_after_the_start(session, learner):
    services.register(learner, session)
    assert remind(now=session.starts_at + timedelta(minutes=1)) == 0


def test_waitlisted_and_cancelled_get_no_reminder(session, learner, other_learner):
    from tests.factories import UserFactory

    services.register(UserFactory(), session)
    services.register(UserFactory(), session)
    services.register(learner, session)  # waiting
    services.cancel(services.register(other_learner, session).registration)
    mail.outbox.clear()
    remind(now=session.starts_at - timedelta(hours=2))
    assert learner.email not in [m.to[0] for m in mail.outbox]
    assert other_learner.email not in [m.to[0] for m in mail.outbox]


def test_reminder_mentions_the_session_page(session, learner):
    services.register(learner, session)
    remind(now=session.starts_at - timedelta(hours=2))
    assert session.url in mail.outbox[0].body


def test_management_command_queues_due_reminders(session, learner):
    services.register(learner, session)
    with time_machine.travel(session.starts_at - timedelta(hours=3)), on_commit_runs_at_once():
        call_command("send_live_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1


def test_a_rescheduled_session_reminds_again(session, learner):
    services.register(learner, session)
    remind(now=session.starts_at - timedelta(hours=2))
    session.starts_at += timedelta(days=1)
    session.ends_at += timedelta(days=1)
    session.save()
    assert remind(now=session.starts_at - timedelta(hours=2)) == 1
    assert len(mail.outbox) == 2
