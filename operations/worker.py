"""The production task worker: django-tasks-db's worker plus a heartbeat,
retries with backoff and recovery of tasks whose worker died.

Guarantees (with the tasks' own idempotency, see docs/operations.md
"Background work"):
- a transient failure (training.tasks_retry.TRANSIENT) puts the task back in
  the queue after backoff_seconds(attempt), keeping the last error visible;
  after TASK_MAX_ATTEMPTS attempts it is FAILED, with error and arguments;
- any other exception marks the task FAILED at once;
- every HEARTBEAT_SECONDS between tasks the worker writes its heartbeat and
  puts back RUNNING tasks whose worker's heartbeat is stale (a killed worker);
  while a long task runs, a side thread keeps the heartbeat fresh, so a slow
  task (a mail server that takes minutes to answer) is never taken for the
  task of a dead worker and run a second time beside it;
- a finished task's result is recorded with retries for RECORD_RETRY_SECONDS
  while the database is away, so work that is done is not run again because
  its "done" could not be written at once;
- each task runs with the request id of the request that enqueued it, so its
  log lines carry that id.
"""

import logging
import os
import socket
import threading
import time
from datetime import timedelta

from django.core.exceptions import SuspiciousOperation
from django.db import DatabaseError, close_old_connections, connection
from django.db.utils import OperationalError
from django.utils import timezone
from django_tasks_db.compat import TaskContext, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from operations import queue
from operations.models import WorkerHeartbeat
from training import tasks_retry
from training.observability import request_id

logger = logging.getLogger("operations.worker")

HEARTBEAT_SECONDS = 30
# Heartbeat rows of workers gone this long are deleted.
FORGET_WORKERS_AFTER = timedelta(days=1)
# How long a worker keeps trying to record a finished task's result while the database is away.
RECORD_RETRY_SECONDS = 60.0


class RetryingWorker(Worker):
    def __init__(self, *, heartbeat_seconds: float = HEARTBEAT_SECONDS, **kwargs):
        super().__init__(**kwargs)
        self.heartbeat_seconds = heartbeat_seconds
        self.started_at = timezone.now()
        self._last_beat = 0.0
        self._task_started = threading.Event()
        self._beating: threading.Thread | None = None

    # -- heartbeat and recovery ------------------------------------------------

    def beat(self, force: bool = False) -> None:
        """Write the heartbeat and requeue dead workers' tasks (at most every heartbeat_seconds)."""
        if not force and time.monotonic() - self._last_beat < self.heartbeat_seconds:
            return
        self._last_beat = time.monotonic()
        now = timezone.now()
        try:
            WorkerHeartbeat.objects.update_or_create(
                worker_id=self.worker_id,
                defaults={
                    "hostname": socket.gethostname()[:255],
                    "pid": os.getpid(),
                    "started_at": self.started_at,
                    "last_seen": now,
                },
            )
            requeued = queue.requeue_orphans(now, idle_worker_id=self.worker_id)
            WorkerHeartbeat.objects.filter(last_seen__lt=now - FORGET_WORKERS_AFTER).delete()
        except DatabaseError:
            logger.warning("worker heartbeat not written: database unavailable", exc_info=True)
            close_old_connections()
            return
        if requeued:
            logger.warning("requeued %d task(s) left running by a stopped worker", requeued)

    def _write_heartbeat_only(self) -> None:
        WorkerHeartbeat.objects.filter(worker_id=self.worker_id).update(last_seen=timezone.now())

    def _beat_during_tasks(self) -> None:
        """Side thread: while a task runs longer than heartbeat_seconds, keep the heartbeat fresh."""
        while self.running:
            if not self._task_started.wait(timeout=1.0):
                continue
            # A task is running: beat every heartbeat_seconds until it ends.
            while self.running and self.running_task:
                time.sleep(min(1.0, self.heartbeat_seconds))
                if not self.running_task or time.monotonic() - self._last_beat < self.heartbeat_seconds:
                    continue
                self._last_beat = time.monotonic()
                try:
                    self._write_heartbeat_only()
                except DatabaseError:
                    logger.warning("worker heartbeat not written during a task: database unavailable")
                finally:
                    connection.close()
            self._task_started.clear()

    def start_side_heartbeat(self) -> None:
        if self._beating is None and not self.batch:
            self._beating = threading.Thread(target=self._beat_during_tasks, name="heartbeat", daemon=True)
            self._beating.start()

    # -- the loop (django-tasks-db's, with the heartbeat) ------------------------

    def run(self) -> None:
        logger.info("Starting worker worker_id=%s queues=%s", self.worker_id, ",".join(self.queue_names))
        self.start_side_heartbeat()
        while self.running:
            close_old_connections()
            self.beat()
            task_result, retrieved = self.claim_next()
            if task_result is not None:
                self.run_task(task_result)
            if self.batch and retrieved and task_result is None:
                logger.info("No more tasks to run for worker_id=%s - exiting gracefully.", self.worker_id)
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                logger.info("Ran maximum tasks (%d) on worker=%s - exiting.", self._run_tasks, self.worker_id)
                return
            close_old_connections()
            if self.running and not task_result:
                time.sleep(self.interval)

    def claim_next(self) -> tuple[DBTaskResult | None, bool]:
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        try:
            with exclusive_transaction(tasks.db):
                task_result = tasks.get_locked()
                if task_result is not None:
                    task_result.claim(self.worker_id)
        except OperationalError as error:
            if is_locked_database_exception(error):
                return None, False
            # The database is away: wait and try again instead of dying.
            logger.warning("task queue unavailable: %s", error)
            close_old_connections()
            return None, False
        return task_result, True

    # -- one task ------------------------------------------------------------------

    def run_task(self, db_task_result: DBTaskResult) -> None:
        token = request_id.set(db_task_result.args_kwargs.get("request_id") or f"task-{db_task_result.pk}")
        attempt_token = queue.current_attempt.set(max(1, len(db_task_result.worker_ids)))
        try:
            self.running_task = True
            self._task_started.set()
            task = db_task_result.task
            task_result = db_task_result.task_result
            backend_type = type(task.get_backend())
            task_started.send(sender=backend_type, task_result=task_result)
            if task.takes_context:
                value = task.call(TaskContext(task_result=task_result), *task_result.args, **task_result.kwargs)
            else:
                value = task.call(*task_result.args, **task_result.kwargs)
            record_with_retries(lambda: db_task_result.set_successful(value))
            task_finished.send(sender=backend_type, task_result=db_task_result.task_result)
        except KeyboardInterrupt:
            raise
        except BaseException as error:
            self.record_failure(db_task_result, error)
        finally:
            self.running_task = False
            self._run_tasks += 1
            request_id.reset(token)
            queue.current_attempt.reset(attempt_token)

    def record_failure(self, db_task_result: DBTaskResult, error: BaseException) -> None:
        attempt = len(db_task_result.worker_ids)
        if tasks_retry.is_transient(error) and attempt < tasks_retry.max_attempts():
            delay = tasks_retry.backoff_seconds(attempt)
            try:
                close_old_connections()
                requeue(db_task_result, error, delay)
            except DatabaseError:
                # Left RUNNING under this worker: beat() puts it back once the database answers.
                logger.warning("task %s could not be requeued now", db_task_result.pk, exc_info=True)
                return
            logger.warning(
                "task %s (%s) attempt %d failed (%s: %s); retrying in %.0f s",
                db_task_result.pk, db_task_result.task_path, attempt, type(error).__name__, error, delay,
            )  # fmt: skip
            return
        db_task_result.set_failed(error)
        logger.error(
            "task %s (%s) failed for good after %d attempt(s): %s: %s",
            db_task_result.pk, db_task_result.task_path, attempt, type(error).__name__, error,
        )  # fmt: skip
        try:
            task_finished.send(sender=type(db_task_result.task.get_backend()), task_result=db_task_result.task_result)
        except (ImportError, SuspiciousOperation):
            logger.exception("Task id=%s failed unexpectedly", db_task_result.id)


def record_with_retries(record, seconds: float | None = None) -> None:
    """Run `record` (a write of the task's result), retrying while the database is away."""
    deadline = time.monotonic() + (RECORD_RETRY_SECONDS if seconds is None else seconds)
    while True:
        try:
            record()
            return
        except DatabaseError:
            if time.monotonic() >= deadline:
                raise
            logger.warning("task result not recorded yet: database unavailable; retrying")
            close_old_connections()
            time.sleep(1.0)


def requeue(db_task_result: DBTaskResult, error: BaseException, delay: float) -> None:
    """Back to READY after `delay` seconds, with the error kept for staff to see."""
    from traceback import format_exception

    db_task_result.status = "READY"
    db_task_result.run_after = timezone.now() + timedelta(seconds=delay)
    db_task_result.exception_class_path = f"{type(error).__module__}.{type(error).__qualname__}"
    db_task_result.traceback = "".join(format_exception(error))
    db_task_result.save(update_fields=["status", "run_after", "exception_class_path", "traceback"])
