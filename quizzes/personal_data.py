"""Quiz attempts, with the answers given, in the personal-data export.

Each attempt lists the questions it showed (their text and id as the person
saw them, from the attempt's own snapshot: editing the quiz later changes
nothing here), the answer given, and, once graded, the points and any
trainer's marking. Correct answers of a still-open attempt are not included.
"""

from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from courses.personal_data import page_titles
from quizzes.models import Attempt
from quizzes.snapshot import public_questions


def _moment(value):
    return value.isoformat() if value else None


def _answer_text(question: dict, answer):
    """The text of the chosen option(s), for questions answered by choosing options."""
    texts = {option["id"]: option["text"] for option in question.get("options", [])}
    if not texts or answer is None:
        return None
    chosen = answer if isinstance(answer, list) else [answer]
    return [texts.get(choice) for choice in chosen]


def _questions(attempt) -> list[dict]:
    return [
        {
            **question,
            "answer": attempt.answers.get(question["id"]),
            "answer_text": _answer_text(question, attempt.answers.get(question["id"])),
            "result": attempt.results.get(question["id"]) if attempt.is_finished else None,
            "marking": attempt.marks.get(question["id"]),
        }
        for question in public_questions(attempt.snapshot or {})
    ]


def personal_attempts(user) -> list[dict]:
    """Every quiz attempt of the person, oldest first."""
    attempts = list(Attempt.objects.filter(user=user).order_by("started_at", "pk"))
    titles = page_titles(a.quiz_key for a in attempts)
    return [
        {
            "quiz": titles.get(attempt.quiz_key),
            "quiz_key": str(attempt.quiz_key),
            "number": attempt.number,
            "state": attempt.state,
            "score_percent": float(attempt.score) if attempt.score is not None else None,
            "passed": attempt.passed,
            "started_at": _moment(attempt.started_at),
            "saved_at": _moment(attempt.saved_at),
            "deadline": _moment(attempt.deadline),
            "submitted_at": _moment(attempt.submitted_at),
            "graded_at": _moment(attempt.graded_at),
            "late": attempt.late,
            "questions": _questions(attempt),
        }
        for attempt in attempts
    ]


register_section("quizzes", personal_attempts, label=_("Quiz attempts and your answers"), models=[Attempt])
