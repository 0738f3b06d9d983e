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

Per request, tokens (this one and the learner versions of courses/caching.py)
are read from the cache once (training/request_memo.py); a renewal in the same
request updates the memo, one in another process is seen by the next request.
Values cached under the content version (`remembered`, `cached`/`store`) are
also kept in this process (training/local_copies.py): a warm request reads
them with no cache round trip. They are shared by every request of the
process, so callers must not change them.
"""

import uuid

from django.core.cache import cache

from training import request_memo
from training.local_copies import MISSING, copies

KEY = "courses:content-version"  # the name predates this module; kept so running caches stay valid
TIMEOUT = 300  # seconds; also bounds staleness with a per-process (local-memory) cache

_MINTED = "kohtaamo:minted"  # memo entry: the tokens this request started or renewed


def _start(key: str) -> str:
    version = uuid.uuid4().hex
    # add(), not set(): two processes starting at once agree on one token.
    if not cache.add(key, version, timeout=None):
        return cache.get(key) or version
    return version


def token(key: str) -> str:
    """The token under `key`, started when missing; read once per request."""
    return tokens([key])[key]


def tokens(keys: list[str]) -> dict[str, str]:
    """The tokens under `keys` (started when missing), those this request has
    not read yet in one cache round trip."""
    memo = request_memo.current()
    known = {key: memo[key] for key in keys if key in memo} if memo is not None else {}
    wanted = [key for key in keys if key not in known]
    if wanted:
        found = cache.get_many(wanted)
        for key in wanted:
            known[key] = found.get(key) or _start(key)
            if memo is not None:
                memo[key] = known[key]
    return known


def renew_token(key: str) -> None:
    """A new token under `key`, seen at once by this request and every later one."""
    version = uuid.uuid4().hex
    cache.set(key, version, timeout=None)
    memo = request_memo.current()
    if memo is not None:
        memo[key] = version
        memo.setdefault(_MINTED, set()).add(key)


def minted_here(key: str) -> bool:
    """Whether this request renewed the token under `key`: nothing is stored
    under it yet by anyone who read it before (a cache lookup would miss)."""
    memo = request_memo.current()
    return memo is not None and key in memo.get(_MINTED, ())


def current() -> str:
    return token(KEY)


def renew() -> None:
    """Invalidate everything cached under the content version."""
    renew_token(KEY)


def cached(key: str):
    """The value `store`d under `key` (a key that names the current content
    version), or None: in a request, from this process when it has it."""
    if request_memo.current() is None:  # no version read once for this request
        return cache.get(key)
    version = current()
    value = copies.get(key, version)
    if value is not MISSING:
        return value
    value = cache.get(key)
    if value is not None:
        copies.put(key, version, value, TIMEOUT)
    return value


def store(key: str, value, timeout: int = TIMEOUT) -> None:
    """Store `value` under `key`, a key that names the content version read
    before the value was computed."""
    cache.set(key, value, timeout=timeout)
    if request_memo.current() is not None:
        copies.put(key, current(), value, timeout)


def remembered(key: str, build):
    """`build()`, computed at most once per content version (and `TIMEOUT`).

    In a request, the version is read once (shared by every caller) and the
    value is taken from this process when it holds it: no round trip. Else
    one cache round trip reads the version and the stored value together."""
    if request_memo.current() is not None:
        version = current()
        local = copies.get(key, version)
        if local is not MISSING:
            return local
        stored = cache.get(key)
    else:
        found = cache.get_many([KEY, key])
        version = found.get(KEY) or current()
        stored = found.get(key)
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == version:
        value = stored[1]
    else:
        value = build()
        cache.set(key, (version, value), timeout=TIMEOUT)
    copies.put(key, version, value, TIMEOUT)
    return value


def forget_local_copies() -> None:
    """Drop this process's copies (tests, after clearing the cache)."""
    copies.clear()
