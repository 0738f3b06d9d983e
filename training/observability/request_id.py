"""The request id: one per request, in the logs and in the tasks it enqueues.

Guarantees:
- a well-formed client id (X-Request-ID: 1-64 letters, digits, "-", "_", ".")
  is kept, so a proxy's id links its access log to ours; anything else is
  replaced by a fresh uuid4 hex (a hostile header never reaches the logs);
- the id is returned in the X-Request-ID response header;
- the id lives in a context variable: the worker sets it from the task row
  before running the task, so the task's log lines carry the request's id.
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
META_KEY = "HTTP_X_REQUEST_ID"
_VALID = re.compile(r"[A-Za-z0-9._-]{1,64}")

_current: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")


def get() -> str:
    """The id of the request (or task) being handled; "" outside one."""
    return _current.get()


def set(value: str) -> contextvars.Token:
    return _current.set(value)


def reset(token: contextvars.Token) -> None:
    _current.reset(token)


def from_header(value: str | None) -> str:
    """The client's id when well-formed, else a new one."""
    if value and _VALID.fullmatch(value):
        return value
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    """Puts `request_id` on every log record (for the JSON formatter and `%(request_id)s`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = _current.get()
        return True
