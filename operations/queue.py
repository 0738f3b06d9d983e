"""The database task queue as the operator sees it: worker liveness, figures,
recovery of tasks whose worker died, and staff retries.

Guarantees:
- `worker_status()` never raises: "ok" (a heartbeat fresher than
  WORKER_STALE_AFTER), "down" (heartbeats, all stale), "missing" (no worker
  ever ran), "not used" (the immediate backend of the demo and tests),
  "unknown" (the database did not answer);
- `requeue_orphans()` puts back only RUNNING tasks whose last worker's
  heartbeat is stale or absent: a task under a live worker is never run twice
  by this;
- `retry(pks)` puts FAILED tasks back at the head of the queue with a fresh
  attempt budget; other statuses are left alone.
"""

from contextvars import ContextVar
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count, Min
from django.utils import timezone

from operations.models import WorkerHeartbeat

WORKER_STALE_AFTER = timedelta(minutes=2)

# The attempt (1, 2, …) of the task the worker is running now; 1 outside the worker.
current_attempt: ContextVar[int] = ContextVar("current_attempt", default=1)


def uses_database_backend() -> bool:
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    return "django_tasks_db" in backend or backend.startswith("training.tasks_backend")


def fresh_heartbeats(now=None):
    now = now or timezone.now()
    return WorkerHeartbeat.objects.filter(last_seen__gte=now - WORKER_STALE_AFTER)


def worker_status() -> str:
    if not uses_database_backend():
        return "not used"
    try:
        if fresh_heartbeats().exists():
            return "ok"
        return "down" if WorkerHeartbeat.objects.exists() else "missing"
    except DatabaseError:
        return "unknown"


def figures() -> dict:
    """Counts per status, the oldest waiting task's age and the freshest heartbeat's age (seconds)."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    by_status = dict(DBTaskResult.objects.values_list("status").annotate(n=Count("id")).order_by())
    for status in ("READY", "RUNNING", "FAILED", "SUCCESSFUL"):
        by_status.setdefault(status, 0)
    oldest = DBTaskResult.objects.ready().aggregate(oldest=Min("enqueued_at"))["oldest"]
    newest_beat = WorkerHeartbeat.objects.order_by("-last_seen").values_list("last_seen", flat=True).first()
    return {
        "by_status": by_status,
        "oldest_ready_seconds": (now - oldest).total_seconds() if oldest else 0.0,
        "heartbeat_age_seconds": (now - newest_beat).total_seconds() if newest_beat else None,
    }


def requeue_orphans(now=None, idle_worker_id: str | None = None) -> int:
    """Put RUNNING tasks of dead workers back in the queue; returns how many.

    `idle_worker_id`: a worker between tasks also gives back its own RUNNING
    rows (one whose failure could not be recorded while the database was away).

    The tasks themselves are idempotent (each records its effect with a key
    in the same transaction), so running one again after a crash does not
    repeat what it already did."""
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    live = set(fresh_heartbeats(now).values_list("worker_id", flat=True))
    orphans = [
        row.pk
        for row in DBTaskResult.objects.running().only("pk", "worker_ids", "started_at")
        if _orphaned(row, live, idle_worker_id, now)
    ]
    if not orphans:
        return 0
    return DBTaskResult.objects.running().filter(pk__in=orphans).update(status="READY")


def _orphaned(row, live: set[str], idle_worker_id: str | None, now) -> bool:
    last = row.worker_ids[-1] if row.worker_ids else None
    if idle_worker_id and last == idle_worker_id:
        return True
    # A task claimed moments ago by a worker that has not written its first
    # heartbeat yet is not an orphan.
    recent = row.started_at is not None and row.started_at >= now - WORKER_STALE_AFTER
    return not recent and last not in live


def retry(pks) -> int:
    """Staff's "retry": FAILED tasks run again as soon as a worker is free."""
    from django_tasks_db.models import DBTaskResult, get_date_max

    return (
        DBTaskResult.objects.failed()
        .filter(pk__in=list(pks))
        .update(status="READY", run_after=get_date_max(), worker_ids=[], finished_at=None)
    )
