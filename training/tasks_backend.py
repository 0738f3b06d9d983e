"""The production task backend: django-tasks-db's, plus the request id.

A task enqueued while a request is handled carries that request's id in its
row (`args_kwargs["request_id"]`, beside the arguments; django-tasks-db reads
only "args" and "kwargs"), and the worker logs the task with it
(operations.worker). Task signatures stay as they are.
"""

from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import normalize_json

from training.observability import request_id


class RequestIdDatabaseBackend(DatabaseBackend):
    def _task_to_db_task(self, task, args, kwargs):
        from django_tasks_db.models import DBTaskResult

        payload = {"args": args, "kwargs": kwargs}
        current = request_id.get()
        if current:
            payload["request_id"] = current
        return DBTaskResult.objects.create(
            id=self._get_id(),
            args_kwargs=normalize_json(payload),
            priority=task.priority,
            task_path=task.module_path,
            queue_name=task.queue_name,
            run_after=task.run_after,
            backend_name=self.alias,
        )
