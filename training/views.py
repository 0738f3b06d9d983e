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
    """200 when the database and the cache answer, else 503; the JSON body
    says which: {"status": "ok"|"unavailable", "database": "ok"|"down",
    "cache": "ok"|"down"}.

    Load balancers take an app server out of rotation on 503, so this must
    not be served from any cache. It never reads the session or the user
    (training.middleware.HealthCheckMiddleware answers it before they load).
    """
    checks = {
        "database": "ok" if database_answers() else "down",
        "cache": "ok" if cache_answers() else "down",
    }
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503)


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)
