"""With REDIS_URL set, the cache (and with it allauth's rate limits) lives in
Redis, shared by every app server. Skipped where no Redis runs, except under
CI=true (tests/training/redis_server.py)."""

import os
import subprocess
import sys
from pathlib import Path

from tests.training.redis_server import REDIS_URL, require_redis

PROJECT = Path(__file__).resolve().parents[2]


def test_rate_limit_counters_are_shared_through_redis():
    require_redis()
    script = (
        "from django.core.cache import caches; from django.conf import settings;"
        "print(settings.CACHES['default']['BACKEND']);"
        "c = caches['default']; c.set('kohtaamo-test', 41); c.incr('kohtaamo-test'); print(c.get('kohtaamo-test'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update({"DJANGO_SETTINGS_MODULE": "training.settings.dev", "REDIS_URL": REDIS_URL})
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    lines = result.stdout.strip().splitlines()
    assert lines[-2:] == ["training.cache.ResilientRedisCache", "42"], result.stderr
