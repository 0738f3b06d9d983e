"""A person's unread count, kept in the cache so the header's bell costs no query.

Guarantees:
- The count is stored with the person's *unread version*, a token read before
  counting; it is answered only while that token is current.
- Every write that can change the count renews the token at once and again
  when its transaction commits (`changed`): a count taken by another request
  before the commit is never used after it. Writers: a notification created
  or deleted in any way that sends model signals (`notify`, the admin, account
  deletion, a deleted user's cascade, the purge), and the queryset updates of
  `mark_read` and `mark_all_read` (notifications/services.py).
- While the current transaction has changed the person's notifications and
  not committed yet, their count is counted and not stored (it may roll back).
- Only the person's own count is ever read under their key; with the cache
  unavailable every read counts (the cache is an optimisation).

With the local-memory cache (one per process) another process sees a change
when its entry expires, after at most `TIMEOUT` seconds; production uses Redis.
"""

import uuid

from django.core.cache import cache
from django.db import connection, transaction

TIMEOUT = 300  # seconds


def version_key(user_pk: int) -> str:
    """The cache key of the person's unread version (whole cached pages that
    show the bell are keyed on it too: courses/caching.py)."""
    return _version_key(user_pk)


def _version_key(user_pk: int) -> str:
    return f"notifications:unread-version:{user_pk}"


def _count_key(user_pk: int) -> str:
    return f"notifications:unread:{user_pk}"


class _Renew:
    """An on-commit callback that renews one person's unread version; a
    pending one marks the person's notifications as changed in this
    transaction (Django drops it when the transaction rolls back)."""

    def __init__(self, user_pk: int):
        self.user_pk = user_pk
        self.done = False

    def __call__(self):
        renew(self.user_pk)
        self.done = True


def renew(user_pk: int) -> None:
    cache.set(_version_key(user_pk), uuid.uuid4().hex, timeout=None)


def _pending_change(user_pk: int) -> bool:
    # Django keeps (savepoint ids, callback, robust) per pending on_commit callback.
    return connection.in_atomic_block and any(
        isinstance(entry[1], _Renew) and entry[1].user_pk == user_pk and not entry[1].done
        for entry in connection.run_on_commit
    )


def changed(user_pk: int | None) -> None:
    """The person's notifications changed: renew now and after commit."""
    if user_pk is None:
        return
    renew(user_pk)
    if connection.in_atomic_block and not _pending_change(user_pk):
        transaction.on_commit(_Renew(user_pk), robust=True)


def count(user_pk: int, compute) -> int:
    """The stored count, or `compute()` (then stored under the version read first)."""
    version_key, count_key = _version_key(user_pk), _count_key(user_pk)
    found = cache.get_many([version_key, count_key])
    version = found.get(version_key)
    stored = found.get(count_key)
    if version is not None and isinstance(stored, tuple) and len(stored) == 2 and stored[0] == version:
        return stored[1]
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(version_key, version, timeout=None):  # another request started one first
            version = cache.get(version_key) or version
    value = compute()
    if not _pending_change(user_pk):
        cache.set(count_key, (version, value), timeout=TIMEOUT)
    return value


def on_notification_written(sender, instance, **kwargs):
    """post_save / post_delete of a Notification."""
    changed(instance.recipient_id)
