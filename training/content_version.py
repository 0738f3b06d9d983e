"""The site's content version: one token in the cache that is renewed whenever
what a page shows of the page tree may have changed.

Renewed (by courses/signal_handlers.py) on every page publish, unpublish
(Wagtail also unpublishes a live page it deletes) and move, on every view
restriction change and on every Site change. Anything computed from live,
public pages (the course page cache, routes, outlines, the site chrome in
training/templatetags/navigation.py) may be cached under it.

`remembered` stores a value together with the version read *before* the value
was computed, and answers it only while that version is still current: a
publish during the computation makes the stored value stale at once.
"""

import uuid

from django.core.cache import cache

KEY = "courses:content-version"  # the name predates this module; kept so running caches stay valid
TIMEOUT = 300  # seconds; also bounds staleness with a per-process (local-memory) cache


def token(key: str) -> str:
    """The token under `key`, started when missing."""
    version = cache.get(key)
    if version is None:
        version = uuid.uuid4().hex
        # add(), not set(): two processes starting at once agree on one token.
        if not cache.add(key, version, timeout=None):
            version = cache.get(key) or version
    return version


def current() -> str:
    return token(KEY)


def renew() -> None:
    """Invalidate everything cached under the content version."""
    cache.set(KEY, uuid.uuid4().hex, timeout=None)


def remembered(key: str, build):
    """`build()`, computed at most once per content version (and `TIMEOUT`).

    One cache round trip reads the version and the stored value together."""
    found = cache.get_many([KEY, key])
    version = found.get(KEY) or current()
    stored = found.get(key)
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == version:
        return stored[1]
    value = build()
    cache.set(key, (version, value), timeout=TIMEOUT)
    return value
