"""The explained result of a finished attempt (and of questions checked
during an attempt, when the quiz gives feedback after each question).

Built only from the attempt's snapshot and answers. What it reveals follows
the quiz settings: the feedback of the learner's own choices always shows
after submitting; correct answers, scores and every response's feedback only
when `show_correct` is true (quizzes.services.shows_correct_answers).
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from quizzes.grading import question_fraction
from quizzes.models import Attempt, AttemptState, CorrectAnswers
from quizzes.snapshot import GRADED_TYPES


def shows_correct_answers(page, attempt: Attempt, passed: bool, attempts_left: int | None) -> bool:
    setting = page.show_correct_answers if page is not None else CorrectAnswers.NEVER
    if attempt.state == AttemptState.OPEN or setting == CorrectAnswers.NEVER:
        return False
    if setting == CorrectAnswers.AFTER_SUBMIT:
        return True
    if setting == CorrectAnswers.AFTER_PASS:
        return passed
    return passed or attempts_left == 0


def status_of(result: dict | None) -> str:
    if result is None:
        return "ungraded"
    fraction = result["fraction"]
    if fraction is None:
        return "awaiting"
    if fraction >= 1:
        return "correct"
    return "partial" if fraction > 0 else "incorrect"


STATUS_LABELS = {
    "correct": gettext_lazy("Correct"),
    "partial": gettext_lazy("Partly correct"),
    "incorrect": gettext_lazy("Not correct"),
    "ungraded": gettext_lazy("Not graded"),
    "awaiting": gettext_lazy("Waiting for a trainer's mark"),
    "unanswered": gettext_lazy("Not answered"),
}


def review(attempt: Attempt, show_correct: bool, only: set[str] | None = None, before: dict | None = None) -> list:
    """One dict per question for templates/quizzes/includes/review.html."""
    items = []
    for number, question in enumerate(attempt.snapshot.get("questions", []), start=1):
        if only is not None and question["id"] not in only:
            continue
        answer = attempt.answers.get(question["id"])
        if attempt.is_finished:
            result = attempt.results.get(question["id"])
        elif question["id"] in attempt.checked and question["type"] in GRADED_TYPES:
            # Feedback after each question: this one is locked and graded already.
            fraction = question_fraction(question, answer)
            result = {"fraction": fraction, "earned": fraction * question["points"], "possible": question["points"]}
        else:
            result = None
        status = status_of(result)
        if attempt.is_finished and answer in (None, "", [], {}) and status != "awaiting":
            # Left open, not answered wrong: say so (it still earns no points).
            status = "unanswered"
        item = {
            "id": question["id"],
            "number": number,
            "type": question["type"],
            "prompt": question["prompt"],
            "situation": question.get("situation", ""),
            "status": status,
            "status_label": str(STATUS_LABELS[status]),
            "earned": result["earned"] if result else None,
            "possible": result["possible"] if result else None,
            "explanation": question.get("explanation", "") if show_correct or result is not None else "",
            "rows": _rows(question, answer, show_correct, before or {}),
            "text": answer if question["type"] == "reflection" else "",
            "mark": attempt.marks.get(question["id"]),
            "show_correct": show_correct,
        }
        items.append(item)
    return items


def _rows(question: dict, answer, show_correct: bool, before: dict) -> list[dict]:
    kind = question["type"]
    rows = []
    if kind in ("single", "multiple"):
        chosen = set(answer or []) if kind == "multiple" else {answer}
        for option in question["options"]:
            picked = option["id"] in chosen
            rows.append(
                {
                    "text": option["text"],
                    "chosen": picked,
                    "correct": option["correct"] if show_correct else None,
                    "feedback": option["feedback"] if picked or show_correct else "",
                }
            )
    elif kind == "scenario":
        for option in question["options"]:
            picked = option["id"] == answer
            rows.append(
                {
                    "text": option["text"],
                    "chosen": picked,
                    "correct": (option["score"] == 100) if show_correct else None,
                    "detail": _("Score: %(score)s %%") % {"score": option["score"]} if show_correct else "",
                    "feedback": option["feedback"] if picked or show_correct else "",
                }
            )
    elif kind == "true_false":
        for value, label in (("true", _("True")), ("false", _("False"))):
            picked = answer == value
            rows.append(
                {
                    "text": str(label),
                    "chosen": picked,
                    "correct": (question["answer"] == (value == "true")) if show_correct else None,
                    "feedback": question[f"feedback_{value}"] if picked or show_correct else "",
                }
            )
    elif kind == "ordering":
        positions = answer or {}
        for item in sorted(question["items"], key=lambda i: positions.get(i["id"], 99)):
            given = positions.get(item["id"])
            detail = _("Your position: %(position)s") % {"position": given} if given else _("No position given")
            if show_correct:
                detail += " · " + _("Right position: %(position)s") % {"position": item["position"]}
            rows.append(
                {
                    "text": item["text"],
                    "chosen": bool(given),
                    "correct": (given == item["position"]) if show_correct else None,
                    "detail": detail,
                }
            )
    elif kind == "matching":
        chosen = answer or {}
        rights = {pair["id"]: pair["right"] for pair in question["pairs"]}
        for pair in question["pairs"]:
            given = rights.get(chosen.get(pair["id"]), "")
            detail = _("Your match: %(match)s") % {"match": given} if given else _("No match chosen")
            if show_correct:
                detail += " · " + _("Right match: %(match)s") % {"match": pair["right"]}
            rows.append(
                {
                    "text": pair["left"],
                    "chosen": bool(given),
                    "correct": (chosen.get(pair["id"]) == pair["id"]) if show_correct else None,
                    "detail": detail,
                }
            )
    elif kind == "likert":
        ratings = answer or {}
        earlier = before.get(question.get("pair_key")) if question.get("phase") == "after" else None
        for index, statement in enumerate(question["statements"]):
            rating = ratings.get(statement["id"])
            detail = _("Your rating: %(rating)s / 5") % {"rating": rating} if rating else _("Not rated")
            if earlier is not None and index < len(earlier) and earlier[index]:
                detail += " · " + _("Before the course: %(rating)s / 5") % {"rating": earlier[index]}
            rows.append({"text": statement["text"], "chosen": bool(rating), "correct": None, "detail": detail})
    return rows


def before_ratings(user, attempts) -> dict[str, list]:
    """Ratings of the learner's "before" self-assessments, by pairing key and
    statement position (statement ids differ between the two quizzes)."""
    found: dict[str, list] = {}
    for attempt in attempts:
        for question in attempt.snapshot.get("questions", []):
            if question["type"] == "likert" and question.get("phase") == "before" and question.get("pair_key"):
                ratings = attempt.answers.get(question["id"]) or {}
                found[question["pair_key"]] = [ratings.get(s["id"]) for s in question["statements"]]
    return found
