"""While a long task runs (a mail server slow to answer), the worker keeps its
heartbeat fresh from a side thread, so no other worker takes it for dead and
runs the task a second time beside it."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from operations.models import WorkerHeartbeat
from operations.worker import RetryingWorker

pytestmark = pytest.mark.django_db(transaction=True)


def _worker(**options) -> RetryingWorker:
    return RetryingWorker(
        queue_names=["default"], interval=0.1, batch=False, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id="slow-1", excluded_queue_names=[], **options,
    )  # fmt: skip


def _stale_beat() -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.create(
        worker_id="slow-1", hostname="h", pid=1, started_at=now, last_seen=now - timedelta(minutes=5)
    )


def _run_side_thread(worker: RetryingWorker, task_running: bool, seconds: float = 1.5) -> None:
    worker.running_task = task_running
    if task_running:
        worker._task_started.set()
    worker.start_side_heartbeat()
    time.sleep(seconds)
    worker.running = False
    worker._beating.join(timeout=5)


def test_the_heartbeat_is_written_while_a_long_task_runs():
    _stale_beat()
    _run_side_thread(_worker(heartbeat_seconds=0.2), task_running=True)
    beat = WorkerHeartbeat.objects.get(worker_id="slow-1")
    assert timezone.now() - beat.last_seen < timedelta(seconds=10)


def test_the_side_thread_writes_nothing_between_tasks():
    _stale_beat()
    _run_side_thread(_worker(heartbeat_seconds=0.2), task_running=False)
    beat = WorkerHeartbeat.objects.get(worker_id="slow-1")
    assert timezone.now() - beat.last_seen > timedelta(minutes=4)
