"""A notification e-mail whose worker was killed in the middle of sending is
sent exactly once, promptly, by the next attempt (the claim names the task
that holds it, notifications.mailing); a claim held by a live sender is
respected (the task retries later)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from notifications import mailing
from notifications.models import Notification
from notifications.services import notify
from operations.models import WorkerHeartbeat
from tests.factories import UserFactory
from tests.mail_backends import on_commit_runs_at_once
from tests.operations.conftest import MAIL_KIND
from tests.operations.mail_backends import KILLED_DURING_SEND_BACKEND

pytestmark = pytest.mark.django_db
KIND = MAIL_KIND
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def _mail_kind(mail_kind):
    """Every test here notifies with the mailed demo kind."""


@pytest.fixture
def notification(db):
    recipient = UserFactory(email="recipient@example.org", preferred_language="fi")
    with on_commit_runs_at_once():
        return notify(recipient, KIND, params={"name": "Aino"})


def _killed_while_sending(run_worker, settings, worker_id="w-1"):
    settings.EMAIL_BACKEND = KILLED_DURING_SEND_BACKEND
    with pytest.raises(KeyboardInterrupt):
        run_worker(worker_id=worker_id)
    settings.EMAIL_BACKEND = LOCMEM


def test_the_killed_attempt_leaves_the_task_running_and_the_notification_claimed(run_worker, settings, notification):
    _killed_while_sending(run_worker, settings)

    assert DBTaskResult.objects.get().status == "RUNNING"
    notification.refresh_from_db()
    assert notification.email_claim is not None
    assert notification.email_sent_at is None
    assert mail.outbox == []


def test_a_worker_restarted_after_a_kill_mid_send_sends_the_mail_once(run_worker, settings, notification):
    _killed_while_sending(run_worker, settings, worker_id="w-1")

    run_worker(worker_id="w-1")  # restarted with the same --worker-id: requeues its own task
    run_worker(worker_id="w-1")

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["recipient@example.org"]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    notification.refresh_from_db()
    assert notification.email_sent_at is not None
    assert notification.email_claim is None


def test_another_worker_sends_the_mail_once_after_the_killed_workers_heartbeat_went_stale(
    run_worker, settings, notification
):
    _killed_while_sending(run_worker, settings, worker_id="dead")
    long_ago = timezone.now() - timedelta(minutes=10)
    WorkerHeartbeat.objects.filter(worker_id="dead").update(last_seen=long_ago)
    DBTaskResult.objects.update(started_at=long_ago)

    run_worker(worker_id="other")

    assert len(mail.outbox) == 1
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_claim_held_by_a_live_sender_makes_the_task_retry_later_without_sending(run_worker, settings, notification):
    settings.TASK_RETRY_BASE_SECONDS = 600
    mailing._claim(Notification.objects.filter(pk=notification.pk))  # e.g. the digest run, sending right now

    run_worker()

    assert mail.outbox == []
    row = DBTaskResult.objects.get()
    assert row.status == "READY"
    assert row.exception_class_path == "training.tasks_retry.RetryLater"


def test_the_digest_run_takes_over_a_claim_of_a_task_that_is_no_longer_running(run_worker, settings, notification):
    _killed_while_sending(run_worker, settings)
    # The task gave up for good (e.g. staff saw it fail); its claim must not block the mail.
    DBTaskResult.objects.update(status="FAILED")

    sent = mailing.retry_unsent_emails(now=timezone.now() + mailing.RETRY_AFTER + timedelta(seconds=1))

    assert sent == 1
    assert len(mail.outbox) == 1


def test_a_sent_mail_is_not_sent_again_by_a_requeued_attempt(run_worker, notification):
    run_worker()
    DBTaskResult.objects.update(status="READY", run_after=timezone.now() - timedelta(seconds=1))

    run_worker()

    assert len(mail.outbox) == 1
