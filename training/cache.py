"""A Redis cache that degrades to "always a miss" while Redis is unreachable.

Everything that uses the default cache (the course page cache, Wagtail's
site root cache, `cached_db` sessions, allauth's rate limits, the badge and
report caches) treats the cache as an optimisation. So during a Redis outage
every read is a miss, every write is dropped, and the page is built from the
database, instead of the request failing with a 500.

Guarantees of `ResilientRedisCache`:
- no cache call raises redis' ConnectionError or TimeoutError; other errors
  (bad arguments, unpicklable values) still raise, as they are bugs;
- during an outage get() returns the default, get_many() {}, has_key() False,
  set()/touch()/delete()/clear() do nothing (touch() and delete() answer
  False), set_many() reports every key as not stored, and incr() answers
  `delta` (a counter that starts again from zero);
- add() answers True: "stored, you are first". That makes allauth's rate
  limits *fail open* (its cache lock is taken at once and an empty history
  allows the attempt) instead of refusing every login after a 1-second wait.
  Being able to log in during a short outage matters more than rate limits,
  which come back with Redis; a warning is logged meanwhile;
- at most one warning per WARNING_INTERVAL seconds per process, so a dead
  Redis does not flood the logs.

Keep the socket timeouts short in settings (`socket_connect_timeout`,
`socket_timeout`), so that a dead Redis costs milliseconds per request.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError)
WARNING_INTERVAL = 60  # seconds

_last_warning = 0.0


def _warn(operation: str, error: Exception) -> None:
    global _last_warning
    now = time.monotonic()
    if now - _last_warning < WARNING_INTERVAL and _last_warning:
        return
    _last_warning = now
    logger.warning(
        "Cache unavailable (%s: %s): serving without the cache, rate limits are not enforced. "
        "Next warning in %s s at the earliest.",
        operation,
        error,
        WARNING_INTERVAL,
    )


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client makes a new `redis.Redis` object for every cache
    operation; a page view makes a dozen. One per connection pool is enough:
    the object holds no connection of its own (the pool does, thread-safely)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, with outages turned into misses (see the module docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def validate_key(self, key):
        """Nothing to check: Redis keys are any bytes. Django's default only
        warns about memcached's limits (250 characters, no spaces or control
        characters), character by character, on every key of every call:
        about ten times the cost of making the key."""

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except UNAVAILABLE as error:
            _warn("add", error)
            return True

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNAVAILABLE as error:
            _warn("get", error)
            return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except UNAVAILABLE as error:
            _warn("set", error)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNAVAILABLE as error:
            _warn("touch", error)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNAVAILABLE as error:
            _warn("delete", error)
            return False

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNAVAILABLE as error:
            _warn("get_many", error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNAVAILABLE as error:
            _warn("has_key", error)
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNAVAILABLE as error:
            _warn("incr", error)
            return delta

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except UNAVAILABLE as error:
            _warn("set_many", error)
            return list(data)

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except UNAVAILABLE as error:
            _warn("delete_many", error)

    def clear(self):
        try:
            return super().clear()
        except UNAVAILABLE as error:
            _warn("clear", error)
            return False
