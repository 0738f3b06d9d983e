"""Project-level views: health check and error pages."""

import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_deny
from django.views.decorators.http import require_safe


def database_answers() -> bool:
    """A fresh round trip to the database succeeds."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def cache_answers() -> bool:
    """A value written to the cache can be read back.

    The cache backend hides outages (training/cache.py: a write is dropped,
    a read misses), so a write-then-read round trip is what tells. The key is
    unique per probe, so concurrent probes never read each other's value.
    """
    key, token = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, token, timeout=10)
        answered = cache.get(key) == token
        cache.delete(key)
    except Exception:  # any failure of any cache backend means "down"
        return False
    return answered


@never_cache
@xframe_options_deny
@require_safe
def healthz(request):
    """The app server's health, each part separately:

        {"status": "ok"|"degraded"|"unavailable",
         "database": "ok"|"down", "cache": "ok"|"down",
         "worker": "ok"|"down"|"missing"|"unknown"|"not used"}

    HTTP 503 only when the database does not answer: then this app server
    can serve nothing and the load balancer takes it out of rotation. A cache
    (Redis) outage or a stopped task worker is "degraded" with 200: pages
    still render (slower), tasks wait in the queue, and taking every app
    server out of rotation for it would turn a slowdown into an outage.
    Monitoring alerts on the fields (docs/operations.md "Monitoring").
    "worker" is "ok" when a task worker wrote its heartbeat in the last two
    minutes, "down" when all heartbeats are older, "missing" when no worker
    ever ran, "not used" with the immediate backend (demo, tests).

    Never served from any cache; never reads the session or the user
    (training.middleware.HealthCheckMiddleware answers it before they load).
    """
    from operations.queue import worker_status

    database = "ok" if database_answers() else "down"
    checks = {
        "database": database,
        "cache": "ok" if cache_answers() else "down",
        "worker": worker_status() if database == "ok" else "unknown",
    }
    if database != "ok":
        status = "unavailable"
    elif checks["cache"] != "ok" or checks["worker"] not in ("ok", "not used"):
        status = "degraded"
    else:
        status = "ok"
    return JsonResponse({"status": status, **checks}, status=503 if status == "unavailable" else 200)


def _error_page(request, template: str, status: int):
    # The path of an error page is anyone's choice: its header is rendered
    # for this request only, never stored per path (training/chrome.py).
    request.chrome_not_stored = True
    return render(request, template, status=status)


def bad_request(request, exception=None):
    return _error_page(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _error_page(request, "403.html", 403)


def page_not_found(request, exception=None):
    return _error_page(request, "404.html", 404)
