"""Through the database queue: a notification e-mail is sent once by the
worker, retried while the mail server is down, and a badge award waits for
the worker."""

import pytest
from django.core import mail
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from notifications.registry import register_kind, unregister_kind
from notifications.services import notify
from tests.factories import UserFactory
from tests.mail_backends import FAILING_EMAIL_BACKEND, on_commit_runs_at_once

pytestmark = pytest.mark.django_db
KIND = "tests.operations_demo"


@pytest.fixture(autouse=True)
def demo_kind():
    register_kind(KIND, label=_("Demo event"), title=_("%(name)s did something"), default="email")
    yield
    unregister_kind(KIND)


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
