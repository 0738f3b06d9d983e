"""What `quizzes` tells people through the notification centre: a trainer
marked the reflections of an attempt (to the attempt's learner only).
Registered in QuizzesConfig.ready(). One notice per attempt (dedupe key),
when the last marked reflection got its mark and the attempt has its result:
a learner with two reflections is told once, with the final result."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from notifications.registry import register_kind
from notifications.services import notify

REFLECTION_MARKED = "quizzes.reflection_marked"


def register_kinds() -> None:
    register_kind(
        REFLECTION_MARKED,
        label=_("Your reflection was marked"),
        title=_("Your reflection in “%(quiz)s” was marked"),
        body_template="quizzes/notifications/reflection_marked.txt",
    )


def attempt_marked(attempt, quiz_title: str) -> None:
    public_id = attempt.public_id
    notify(
        attempt.user,
        REFLECTION_MARKED,
        params={"quiz": quiz_title, "passed": bool(attempt.passed)},
        url=lambda: reverse("quizzes:result", args=[public_id]),
        dedupe_key=f"attempt:{attempt.pk}",
    )
