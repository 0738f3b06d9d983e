"""The production worker: runs queued tasks once, retries passing failures
with a bounded number of attempts, records failures with error and
arguments, puts back tasks of a dead worker, writes its heartbeat."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from operations import queue
from operations.models import WorkerHeartbeat
from tests.operations import sample_tasks
from training.observability import request_id

pytestmark = pytest.mark.django_db


def test_an_enqueued_task_waits_in_the_database_until_the_worker_runs_it(run_worker):
    sample_tasks.send_hello.enqueue("amal@example.org")
    assert mail.outbox == []
    assert DBTaskResult.objects.ready().count() == 1

    run_worker()

    assert len(mail.outbox) == 1
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_running_the_worker_again_does_not_repeat_a_finished_task(run_worker):
    sample_tasks.send_hello.enqueue("amal@example.org")
    run_worker()
    run_worker()
    assert len(mail.outbox) == 1


def test_a_passing_failure_is_retried_until_it_succeeds(run_worker):
    sample_tasks.flaky.enqueue("flaky-1", 2)
    run_worker()
    row = DBTaskResult.objects.get()
    assert row.status == "SUCCESSFUL"
    assert row.return_value == 3
    assert len(row.worker_ids) == 3


def test_a_retry_waits_for_its_backoff(run_worker, settings):
    settings.TASK_RETRY_BASE_SECONDS = 60
    sample_tasks.flaky.enqueue("flaky-2", 1)
    run_worker()
    row = DBTaskResult.objects.get()
    assert row.status == "READY"
    assert row.run_after > timezone.now() + timedelta(seconds=40)
    assert row.exception_class_path == "django.db.utils.OperationalError"


def test_a_passing_failure_that_lasts_is_failed_after_the_last_attempt_with_error_and_arguments(run_worker):
    sample_tasks.always_locked.enqueue()
    run_worker()
    row = DBTaskResult.objects.get()
    assert row.status == "FAILED"
    assert len(row.worker_ids) == 3
    assert "database is locked" in row.traceback


def test_a_bug_fails_at_once_keeping_its_arguments(run_worker):
    sample_tasks.buggy.enqueue(7)
    run_worker()
    row = DBTaskResult.objects.get()
    assert row.status == "FAILED"
    assert len(row.worker_ids) == 1
    assert row.exception_class_path == "builtins.ValueError"
    assert row.args_kwargs["args"] == [7]


def test_staff_retry_runs_a_failed_task_again(run_worker, cache_key="flaky-3"):
    sample_tasks.flaky.enqueue(cache_key, 3)  # fails all 3 attempts
    run_worker()
    assert DBTaskResult.objects.get().status == "FAILED"

    assert queue.retry(DBTaskResult.objects.values_list("pk", flat=True)) == 1
    run_worker()

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_retry_leaves_successful_tasks_alone(run_worker):
    sample_tasks.send_hello.enqueue("amal@example.org")
    run_worker()
    assert queue.retry(DBTaskResult.objects.values_list("pk", flat=True)) == 0


def _running(worker_id: str, started_minutes_ago: int) -> DBTaskResult:
    sample_tasks.send_hello.enqueue("amal@example.org")
    row = DBTaskResult.objects.get()
    row.status, row.worker_ids = "RUNNING", [worker_id]
    row.started_at = timezone.now() - timedelta(minutes=started_minutes_ago)
    row.save()
    return row


def _beat(worker_id: str, minutes_ago: int) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.create(
        worker_id=worker_id, hostname="h", pid=1, started_at=now, last_seen=now - timedelta(minutes=minutes_ago)
    )


def test_a_task_left_running_by_a_dead_worker_is_put_back_and_run(run_worker):
    _beat("dead", minutes_ago=10)
    _running("dead", started_minutes_ago=10)

    run_worker()

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert len(mail.outbox) == 1


def test_a_task_running_under_a_live_worker_is_left_alone(database_tasks):
    _beat("alive", minutes_ago=0)
    _running("alive", started_minutes_ago=10)
    assert queue.requeue_orphans() == 0
    assert DBTaskResult.objects.get().status == "RUNNING"


def test_a_task_claimed_moments_ago_is_not_an_orphan(database_tasks):
    _running("new-worker", started_minutes_ago=0)
    assert queue.requeue_orphans() == 0


def test_the_worker_writes_its_heartbeat(run_worker):
    run_worker(worker_id="w-1")
    beat = WorkerHeartbeat.objects.get(worker_id="w-1")
    assert timezone.now() - beat.last_seen < timedelta(seconds=10)


def test_a_task_carries_the_request_id_it_was_enqueued_under(run_worker, caplog):
    token = request_id.set("req-abc")
    try:
        sample_tasks.log_something.enqueue()
    finally:
        request_id.reset(token)
    assert DBTaskResult.objects.get().args_kwargs["request_id"] == "req-abc"

    run_worker()

    record = next(r for r in caplog.records if r.getMessage() == "task ran")
    assert record.request_id == "req-abc"
