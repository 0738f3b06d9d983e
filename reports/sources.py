"""The reporting APIs of the apps below, behind one small adapter.

`live`, `readiness` and `quizzes` publish their figures through their own
`reporting.py` (see the cross-app contracts). They are imported directly:
they are installed wherever `reports` is (lower layers, design.md), so an
import error is a bug to see at once, never a dashboard that quietly says
"figures not available".
"""

from __future__ import annotations

from live import reporting as live_reporting
from quizzes import reporting as quizzes_reporting
from readiness import queries as readiness_queries
from readiness import reporting as readiness_reporting


def readiness_by_association(association_ids: list[int]) -> dict:
    return readiness_reporting.status_by_association(association_ids)


def approved_associations(associations):
    """The associations of the queryset approved as ready today, in SQL.
    (readiness.queries until readiness/reporting.py publishes it.)"""
    return readiness_queries.approved_today(associations)


def attendance_by_association(association_ids: list[int]) -> dict:
    return live_reporting.attendance_by_association(association_ids)


def sessions_attended_by_user(user_ids: list[int]) -> dict:
    return live_reporting.sessions_attended_by_user(user_ids)


def session_summaries(association_ids: list[int] | None = None, since=None) -> list:
    return live_reporting.session_summaries(association_ids=association_ids, since=since)


def quizzes_with_analytics_for(user) -> list:
    return quizzes_reporting.quizzes_with_analytics_for(user)
