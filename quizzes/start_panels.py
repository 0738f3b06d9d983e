"""The quizzes app's panel on the start page (accounts/start.py): reflections
waiting for a trainer's marking, oldest first, each linking to its marking
page. Scope: `permissions.marking_scope` (the marking queue's own rule).
Two queries (the count and the first attempts), whatever the queue's length.
"""

from django.urls import reverse

from accounts.roles import is_staff
from accounts.start import group_names, register_panel
from courses.authoring import REVIEWERS, TRAINERS
from quizzes.permissions import marking_scope

MAX_ATTEMPTS = 5


def marks(user) -> bool:
    """`permissions.may_mark` (staff, or the Trainers or Reviewers group), from
    the groups the start page reads once for every panel."""
    return is_staff(user) or bool(group_names(user) & {TRAINERS, REVIEWERS})


def marking_context(user, request) -> dict:
    attempts = marking_scope(user)
    first = list(attempts.select_related("user", "page").order_by("submitted_at")[:MAX_ATTEMPTS])
    items = [
        {
            "person": str(attempt.user),
            "quiz": attempt.page.title if attempt.page else "",
            "submitted_at": attempt.submitted_at,
            "url": reverse("quizzes:mark", args=[attempt.pk]),
        }
        for attempt in first
    ]
    count = attempts.count() if len(first) == MAX_ATTEMPTS else len(first)
    return {"items": items, "count": count, "queue_url": reverse("quizzes:marking")}


def register() -> None:
    register_panel(
        "quizzes-marking",
        order=300,
        applies=marks,
        context=marking_context,
        template="start/panels/quizzes_marking.html",
    )
