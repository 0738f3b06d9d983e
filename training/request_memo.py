"""Cache reads remembered for the rest of one request: the content version
and the learner versions (training/content_version.py) are read from the
shared cache once per request instead of by every function that needs them.

The memo lives from Django's `request_started` to `request_finished`. Every
handler sends both (WSGI, ASGI, the test client, the live server), and a new
request always starts from an empty memo even when the previous one never
finished, so nothing survives from one request to the next. It is held in a
context variable: each thread and each async task sees only its own request's
memo. Outside a request (management commands, the task worker, a shell,
tests calling a view directly) there is no memo and every read goes to the
cache, as before: a long-running process must never keep a version.
"""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started

_memo: ContextVar[dict | None] = ContextVar("kohtaamo_request_memo", default=None)


def current() -> dict | None:
    """This request's memo (callers read and fill it), or None outside a request."""
    return _memo.get()


def begin(**kwargs) -> None:
    _memo.set({})


def end(**kwargs) -> None:
    _memo.set(None)


request_started.connect(begin, dispatch_uid="kohtaamo_request_memo_begin")
request_finished.connect(end, dispatch_uid="kohtaamo_request_memo_end")
