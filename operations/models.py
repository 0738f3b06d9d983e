"""The task worker's heartbeat: one row per worker process."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    """Written by each `task_worker` every HEARTBEAT_SECONDS while it polls.

    /healthz says the worker is down when no row is fresher than
    operations.queue.WORKER_STALE_AFTER; a task still RUNNING under a worker
    whose heartbeat went stale is put back in the queue (the worker died)."""

    worker_id = models.CharField(_("worker id"), max_length=64, unique=True)
    hostname = models.CharField(_("host name"), max_length=255)
    pid = models.PositiveIntegerField(_("process id"))
    started_at = models.DateTimeField(_("started at"))
    last_seen = models.DateTimeField(_("last seen"), db_index=True)

    class Meta:
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")
        # Hung here because the task rows belong to django-tasks-db.
        permissions = [("retry_task", _("Can retry failed background tasks"))]

    def __str__(self) -> str:
        return f"{self.hostname}:{self.pid} ({self.worker_id})"
