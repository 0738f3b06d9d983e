"""With REDIS_URL set, the cache (and with it allauth's rate limits) lives in
Redis, shared by every app server. Skipped where no Redis runs."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


def redis_is_running() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_is_running(), reason="no Redis on 127.0.0.1:6379")
def test_rate_limit_counters_are_shared_through_redis():
    script = (
        "from django.core.cache import caches; from django.conf import settings;"
        "print(settings.CACHES['default']['BACKEND']);"
        "c = caches['default']; c.set('kohtaamo-test', 41); c.incr('kohtaamo-test'); print(c.get('kohtaamo-test'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update({"DJANGO_SETTINGS_MODULE": "training.settings.dev", "REDIS_URL": "redis://127.0.0.1:6379/15"})
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    lines = result.stdout.strip().splitlines()
    assert lines[-2:] == ["django.core.cache.backends.redis.RedisCache", "42"], result.stderr
