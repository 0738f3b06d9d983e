"""Prometheus metrics, served at /metrics to the operator only.

- `kohtaamo_request_seconds{view}`: request latency per view name (the URL
  pattern's name, e.g. "wagtail_serve", "courses:my_learning"); requests
  answered before routing (page cache hits, redirects) count as "unrouted".
- `kohtaamo_page_cache_requests_total{result="hit"|"miss"}`: the course page
  cache (courses/caching.py); hit ratio = hit / (hit + miss).
- `kohtaamo_tasks{status}`, `kohtaamo_tasks_oldest_ready_seconds`: the
  database task queue (READY = waiting, FAILED = failed for good), read from
  the database at scrape time.
- `kohtaamo_worker_heartbeat_age_seconds`: seconds since a worker last wrote
  its heartbeat (operations.WorkerHeartbeat).

Access: only with `Authorization: Bearer <METRICS_TOKEN>`; without the token
set, or with a wrong one, /metrics answers 404 as if it did not exist.
With gunicorn's several worker processes set PROMETHEUS_MULTIPROC_DIR to an
empty folder (emptied at start, see deploy/) so every process's figures add up.
"""

import hmac
import os

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

METRICS_PATH = "/metrics"
UNROUTED = "unrouted"

REQUEST_SECONDS = Histogram(
    "kohtaamo_request_seconds",
    "Time to answer a request, per view name.",
    ["view"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
PAGE_CACHE = Counter("kohtaamo_page_cache_requests", "Course page cache look-ups.", ["result"])
_PAGE_HIT = PAGE_CACHE.labels(result="hit")
_PAGE_MISS = PAGE_CACHE.labels(result="miss")
_by_view: dict = {}


def observe_request(view_name: str, seconds: float) -> None:
    child = _by_view.get(view_name)
    if child is None:
        child = _by_view[view_name] = REQUEST_SECONDS.labels(view=view_name)
    child.observe(seconds)


def page_cache(hit: bool) -> None:
    """Count one course page cache look-up (cheap: one in-process counter)."""
    (_PAGE_HIT if hit else _PAGE_MISS).inc()


class TaskQueueCollector:
    """Task queue figures from the database, at scrape time only."""

    def collect(self):
        from django.apps import apps

        if not apps.is_installed("django_tasks_db"):
            return
        from operations import queue

        try:
            figures = queue.figures()
        except Exception:  # a database outage must not break the scrape of the other figures
            return
        by_status = GaugeMetricFamily("kohtaamo_tasks", "Tasks in the database queue, per status.", labels=["status"])
        for status, count in figures["by_status"].items():
            by_status.add_metric([status], count)
        yield by_status
        yield GaugeMetricFamily(
            "kohtaamo_tasks_oldest_ready_seconds",
            "Age of the oldest task waiting to run (0 when none).",
            value=figures["oldest_ready_seconds"],
        )
        if figures["heartbeat_age_seconds"] is not None:
            yield GaugeMetricFamily(
                "kohtaamo_worker_heartbeat_age_seconds",
                "Seconds since the freshest worker heartbeat.",
                value=figures["heartbeat_age_seconds"],
            )


def authorised(request) -> bool:
    token = getattr(settings, "METRICS_TOKEN", "") or ""
    if not token:
        return False
    given = request.META.get("HTTP_AUTHORIZATION", "")
    return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


def registry() -> CollectorRegistry:
    """This process's metrics, or every gunicorn process's in multiprocess mode, plus the queue."""
    from prometheus_client import REGISTRY

    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        combined = CollectorRegistry()
        multiprocess.MultiProcessCollector(combined)
        combined.register(TaskQueueCollector())
        return combined
    queue_only = CollectorRegistry()
    queue_only.register(TaskQueueCollector())
    return _Both(REGISTRY, queue_only)


class _Both:
    """Two registries read as one (the default one stays free of database look-ups)."""

    def __init__(self, *registries):
        self.registries = registries

    def collect(self):
        for reg in self.registries:
            yield from reg.collect()


def metrics_view(request) -> HttpResponse:
    if not authorised(request):
        return HttpResponseNotFound(b"", content_type="text/plain")
    return HttpResponse(generate_latest(registry()), content_type=CONTENT_TYPE_LATEST)
