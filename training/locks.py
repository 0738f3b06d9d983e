"""One lock per job name, across processes and app servers: a scheduled job
started twice at once (two timers, a slow run overlapping the next, an
operator by hand) runs once; the second start is told and does nothing.

- PostgreSQL: a session-level advisory lock (pg_try_advisory_lock) on a
  64-bit key derived from the name. Held by the database connection, so it
  holds across every app server and is released when the process dies.
- SQLite (the embedded default: one machine): an exclusive flock() on
  var/locks/<name>.lock. Released by the kernel when the process dies.

Never blocks: `held` is False when another process has the lock.
"""

import contextlib
import fcntl
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.db import connections

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for `name` (PostgreSQL's bigint advisory key space)."""
    return int.from_bytes(hashlib.blake2b(f"kohtaamo:{name}".encode(), digest_size=8).digest(), "big", signed=True)


def lock_folder() -> Path:
    return Path(getattr(settings, "LOCK_DIR", settings.BASE_DIR / "var" / "locks"))


@contextlib.contextmanager
def single_instance(name: str, using: str = "default") -> Iterator[bool]:
    """`with single_instance("send_live_reminders") as held:` — run the job only `if held`."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with _advisory_lock(connection, lock_key(name)) as held:
            yield held
    else:
        with _file_lock(name) as held:
            yield held


# Keys this process holds: PostgreSQL's session locks are re-entrant for the
# same connection, but a job started twice in one process must be refused too.
_held_here: set[tuple[str, int]] = set()


@contextlib.contextmanager
def _advisory_lock(connection, key: int) -> Iterator[bool]:
    marker = (connection.alias, key)
    if marker in _held_here:
        yield False
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        held = bool(cursor.fetchone()[0])
    if held:
        _held_here.add(marker)
    try:
        yield held
    finally:
        if held:
            _held_here.discard(marker)
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


@contextlib.contextmanager
def _file_lock(name: str) -> Iterator[bool]:
    folder = lock_folder()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{_SAFE.sub('_', name)}.lock", "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
