"""/healthz says whether a task worker is alive (its heartbeat); a stopped
worker degrades the site (200), it does not take the app server out (503)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from operations.models import WorkerHeartbeat

pytestmark = pytest.mark.django_db


def _beat(minutes_ago: int) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.create(
        worker_id="w", hostname="h", pid=1, started_at=now, last_seen=now - timedelta(minutes=minutes_ago)
    )


def test_healthz_says_worker_ok_with_a_fresh_heartbeat(client, database_tasks):
    _beat(minutes_ago=0)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "worker": "ok"}


def test_healthz_says_worker_down_with_200_when_the_heartbeat_is_stale(client, database_tasks):
    _beat(minutes_ago=3)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["worker"] == "down"


def test_healthz_says_worker_missing_when_no_worker_ever_ran(client, database_tasks):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["worker"] == "missing"


def test_healthz_says_worker_not_used_with_the_immediate_backend(client):
    assert client.get("/healthz").json()["worker"] == "not used"
