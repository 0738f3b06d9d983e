"""Tests of the production task queue: tasks go through the database backend
and are run by the worker in the test process (`run_worker`)."""

import pytest
from django.core.management import call_command

DATABASE_TASKS = {"default": {"BACKEND": "training.tasks_backend.RequestIdDatabaseBackend"}}


@pytest.fixture
def database_tasks(settings):
    """TASKS as in production (the database queue); retries without waiting."""
    settings.TASKS = DATABASE_TASKS
    settings.TASK_RETRY_BASE_SECONDS = 0
    settings.TASK_MAX_ATTEMPTS = 3
    return settings


@pytest.fixture
def run_worker(database_tasks, monkeypatch):
    """Run `task_worker --batch` (every ready task, then exit) in this process.

    The worker drops stale connections between tasks (close_old_connections).
    Here it runs inside the test's transaction, where that would close the
    test's own connection on PostgreSQL (autocommit is off inside the test
    transaction, which Django takes for an unusable connection), so it is off."""
    monkeypatch.setattr("operations.worker.close_old_connections", lambda: None)

    def run(**options):
        call_command("task_worker", batch=True, startup_delay=False, interval=0, verbosity=0, **options)

    return run


MAIL_KIND = "tests.operations_mail"


@pytest.fixture
def mail_kind():
    """A notification kind mailed by default, registered for the test only."""
    from django.utils.translation import gettext_lazy as _

    from notifications.registry import register_kind, unregister_kind

    register_kind(MAIL_KIND, label=_("Demo event"), title=_("%(name)s did something"), default="email")
    yield MAIL_KIND
    unregister_kind(MAIL_KIND)
