"""A small process-local copy of values cached under the content version
(training/content_version.py), so that a warm request needs neither a cache
round trip nor an unpickle for them.

Why it stays coherent: every entry belongs to one content version, and the
version itself is read from the shared cache once per request. A request
that sees another version (renewed by any process) finds nothing here and
the first value stored under the new version drops every older entry. Each
entry also expires after the timeout the shared cache gives it, so staleness
stays bounded as before with a per-process cache.

Bounded: at most MAX_ENTRIES values, least recently used dropped first.
Values are shared by every request of the process: callers must treat them
as read-only (copy before changing anything personal).
"""

import threading
import time
from collections import OrderedDict

MAX_ENTRIES = 1024

MISSING = object()


class LocalCopies:
    def __init__(self, max_entries: int = MAX_ENTRIES):
        self.max_entries = max_entries
        self._version: str | None = None
        self._entries: OrderedDict[str, tuple[float, object]] = OrderedDict()
        self._lock = threading.Lock()  # threads of one process (the live server) share it

    def get(self, key: str, version: str):
        """The value stored under `key` for `version`, or MISSING."""
        with self._lock:
            if version != self._version:
                return MISSING
            item = self._entries.get(key)
            if item is None:
                return MISSING
            if item[0] < time.monotonic():
                del self._entries[key]
                return MISSING
            self._entries.move_to_end(key)
            return item[1]

    def put(self, key: str, version: str, value, timeout: float) -> None:
        with self._lock:
            if version != self._version:
                self._entries.clear()  # values of another version are never answered again
                self._version = version
            self._entries[key] = (time.monotonic() + timeout, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._version = None

    def __len__(self) -> int:
        return len(self._entries)


copies = LocalCopies()
