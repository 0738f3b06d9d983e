"""Through the database queue: a notification e-mail is sent once by the
worker, retried while the mail server is down, and a badge award waits for
the worker."""

import pytest
from django.core import mail
from django_tasks_db.models import DBTaskResult

from notifications.services import notify
from tests.factories import UserFactory
from tests.mail_backends import FAILING_EMAIL_BACKEND, on_commit_runs_at_once
from tests.operations.conftest import MAIL_KIND

pytestmark = pytest.mark.django_db
KIND = MAIL_KIND


@pytest.fixture(autouse=True)
def _mail_kind(mail_kind):
    """Every test here notifies with the mailed demo kind."""


@pytest.fixture
def recipient(db):
    return UserFactory(email="recipient@example.org", preferred_language="fi")


def test_a_notification_email_is_sent_once_by_the_worker(run_worker, recipient):
    with on_commit_runs_at_once():
        notify(recipient, KIND, params={"name": "Aino"})
    assert mail.outbox == []

    run_worker()
    run_worker()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["recipient@example.org"]


def test_a_notification_email_is_retried_while_the_mail_server_is_down(run_worker, recipient, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    settings.TASK_RETRY_BASE_SECONDS = 600
    with on_commit_runs_at_once():
        notify(recipient, KIND, params={"name": "Aino"})

    run_worker()

    row = DBTaskResult.objects.get()
    assert row.status == "READY"  # waiting for its retry
    assert row.exception_class_path == "training.tasks_retry.RetryLater"


def test_a_notification_email_goes_out_when_the_mail_server_is_back(run_worker, recipient, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with on_commit_runs_at_once():
        notify(recipient, KIND, params={"name": "Aino"})
    run_worker(max_tasks=1)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    run_worker()

    assert len(mail.outbox) == 1
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
