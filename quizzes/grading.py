"""Grading: pure functions of an attempt's snapshot, answers and marks.

No database access here, so grading costs no queries whatever the number of
questions, and grading the same input twice gives the same result.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from quizzes.snapshot import GRADED_TYPES


@dataclass(frozen=True)
class Grade:
    results: dict[str, dict]  # question id -> {"earned", "possible", "fraction"}
    score: Decimal | None  # percent; None when nothing is graded
    awaiting_marking: bool  # a marked reflection has no mark yet

    def passed(self, pass_mark: int) -> bool | None:
        if self.awaiting_marking:
            return None
        if self.score is None:
            return True  # an ungraded quiz (a self-assessment) is done once submitted
        return self.score >= pass_mark


def question_fraction(question: dict, answer) -> float:
    """0.0–1.0 for a graded question type."""
    kind = question["type"]
    if answer in (None, "", [], {}):
        return 0.0
    if kind == "single":
        return 1.0 if any(o["id"] == answer and o["correct"] for o in question["options"]) else 0.0
    if kind == "true_false":
        return 1.0 if answer == ("true" if question["answer"] else "false") else 0.0
    if kind == "scenario":
        best = max(o["score"] for o in question["options"]) or 100
        chosen = next((o["score"] for o in question["options"] if o["id"] == answer), 0)
        return chosen / best
    if kind == "multiple":
        chosen = set(answer)
        correct = {o["id"] for o in question["options"] if o["correct"]}
        wrong = {o["id"] for o in question["options"]} - correct
        if not question.get("partial_credit"):
            return 1.0 if chosen == correct else 0.0
        right_share = len(chosen & correct) / len(correct) if correct else 0.0
        wrong_share = len(chosen & wrong) / len(wrong) if wrong else 0.0
        return max(0.0, right_share - wrong_share)
    if kind == "ordering":
        items = question["items"]
        return sum(1 for item in items if answer.get(item["id"]) == item["position"]) / len(items)
    if kind == "matching":
        pairs = question["pairs"]
        return sum(1 for pair in pairs if answer.get(pair["id"]) == pair["id"]) / len(pairs)
    raise ValueError(f"not a graded question type: {kind}")


def grade(snapshot: dict, answers: dict, marks: dict | None = None) -> Grade:
    marks = marks or {}
    results: dict[str, dict] = {}
    earned_total = Decimal(0)
    possible_total = Decimal(0)
    awaiting = False
    for question in snapshot.get("questions", []):
        qid = question["id"]
        if question["type"] in GRADED_TYPES:
            fraction = question_fraction(question, answers.get(qid))
        elif question["type"] == "reflection" and question.get("marked"):
            mark = marks.get(qid)
            if mark is None:
                awaiting = True
                fraction = None
            else:
                fraction = min(1.0, max(0.0, float(mark["points"]) / question["points"]))
        else:
            continue  # unmarked reflections and self-assessments are not graded
        possible = Decimal(question["points"])
        earned = None if fraction is None else (possible * Decimal(str(fraction))).quantize(Decimal("0.01"))
        results[qid] = {
            "earned": None if earned is None else float(earned),
            "possible": float(possible),
            "fraction": fraction,
        }
        possible_total += possible
        earned_total += earned or 0
    if awaiting or not possible_total:
        score = None
    else:
        score = (100 * earned_total / possible_total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return Grade(results=results, score=score, awaiting_marking=awaiting)
