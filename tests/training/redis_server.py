"""Where the tests find a real Redis, and what they do when there is none.

Locally a missing Redis skips the tests that need one (with the reason);
under CI=true it fails them, so CI cannot go green without testing Redis.
"""

import os
import socket

import pytest

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
REDIS_URL = f"redis://{REDIS_HOST}:{REDIS_PORT}/15"
# Nothing listens here: a stand-in for Redis being down.
DEAD_REDIS_URL = "redis://127.0.0.1:6390/0"


def redis_is_running() -> bool:
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=0.5):
            return True
    except OSError:
        return False


def require_redis() -> None:
    """Skip (or under CI fail) the calling test when no Redis answers."""
    if redis_is_running():
        return
    reason = f"no Redis on {REDIS_HOST}:{REDIS_PORT}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason + " (CI=true: Redis is required)")
    pytest.skip(reason)


def redis_cache_settings(url: str) -> dict:
    """CACHES as base.py builds them for REDIS_URL=url."""
    return {
        "default": {
            "BACKEND": "training.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "kohtaamo-test",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.5},
        }
    }
