"""The reporting APIs of the apps below, behind one small adapter.

`live`, `readiness` and `quizzes` publish their figures through their own
`reporting.py` (see the cross-app contracts). Those apps may be absent from a
deployment or older than this one; then the dashboards still render and say
that the figures are not available, instead of failing.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType


def _module(name: str) -> ModuleType | None:
    try:
        return import_module(name)
    except ImportError:
        return None


def _call(module_name: str, function: str, *args, **kwargs):
    """The function's result, or None when the app does not provide it."""
    module = _module(module_name)
    func = getattr(module, function, None) if module else None
    return func(*args, **kwargs) if func else None


def readiness_by_association(association_ids: list[int]) -> dict | None:
    return _call("readiness.reporting", "status_by_association", association_ids)


def attendance_by_association(association_ids: list[int]) -> dict | None:
    return _call("live.reporting", "attendance_by_association", association_ids)


def sessions_attended_by_user(user_ids: list[int]) -> dict | None:
    return _call("live.reporting", "sessions_attended_by_user", user_ids)


def session_summaries(association_ids: list[int] | None = None, since=None) -> list | None:
    return _call("live.reporting", "session_summaries", association_ids=association_ids, since=since)


def quizzes_with_analytics_for(user) -> list | None:
    return _call("quizzes.reporting", "quizzes_with_analytics_for", user)
