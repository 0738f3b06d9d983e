"""Grading is a pure function of the snapshot and the answers."""

from decimal import Decimal

import pytest

from quizzes import grading, snapshot
from quizzes.answers import parse
from tests.quizzes.conftest import RIGHT, WRONG, post


@pytest.fixture
def snap(quiz):
    return snapshot.build(quiz)


def test_all_right_scores_100(snap):
    result = grading.grade(snap, parse(snap, post(RIGHT, 1)))
    assert result.score == Decimal("100.00")
    assert result.passed(70) is True


def test_unanswered_scores_0(snap):
    result = grading.grade(snap, {})
    assert result.score == Decimal("0.00")
    assert result.passed(70) is False


def test_scenario_response_earns_its_score(snap):
    question = snapshot.question_map(snap)["q-scenario"]
    assert grading.question_fraction(question, "q-scenario-1") == 0.5
    assert grading.question_fraction(question, "q-scenario-2") == 0.0


def test_multiple_choice_partial_credit_subtracts_wrong_choices(snap):
    question = snapshot.question_map(snap)["q-multiple"]
    assert grading.question_fraction(question, ["q-multiple-0", "q-multiple-1"]) == pytest.approx(2 / 3)
    assert grading.question_fraction(question, ["q-multiple-0", "q-multiple-2"]) == 0.0  # 1/3 right − 1/1 wrong
    assert grading.question_fraction(question, ["q-multiple-2"]) == 0.0


def test_multiple_choice_without_partial_credit_is_all_or_nothing(snap):
    question = {**snapshot.question_map(snap)["q-multiple"], "partial_credit": False}
    assert grading.question_fraction(question, ["q-multiple-0", "q-multiple-1"]) == 0.0
    assert grading.question_fraction(question, ["q-multiple-0", "q-multiple-1", "q-multiple-3"]) == 1.0


def test_ordering_counts_items_in_their_right_place(snap):
    question = snapshot.question_map(snap)["q-order"]
    answer = {"q-order-0": 1, "q-order-1": 2, "q-order-2": 4, "q-order-3": 3}
    assert grading.question_fraction(question, answer) == 0.5


def test_matching_counts_right_pairs(snap):
    question = snapshot.question_map(snap)["q-match"]
    assert grading.question_fraction(question, {"q-match-0": "q-match-0", "q-match-1": "q-match-2"}) == pytest.approx(
        1 / 3
    )


def test_unmarked_reflection_and_self_assessment_are_not_graded(snap):
    result = grading.grade(snap, parse(snap, post(RIGHT, 1)))
    assert "q-reflect" not in result.results
    assert "q-likert" not in result.results


def test_marked_reflection_waits_for_a_mark(make_quiz):
    from tests.quizzes.factories import reflection, single

    page = make_quiz(questions=[single(), reflection(marked=True)])
    snap = snapshot.build(page)
    waiting = grading.grade(snap, {"q-single": "q-single-0"})
    assert waiting.awaiting_marking and waiting.score is None and waiting.passed(70) is None
    marked = grading.grade(snap, {"q-single": "q-single-0"}, {"q-reflect": {"points": 1}})
    assert marked.score == Decimal("66.67")


def test_self_assessment_only_quiz_passes_on_submit(make_quiz):
    from tests.quizzes.factories import likert

    snap = snapshot.build(make_quiz(questions=[likert()]))
    result = grading.grade(snap, {})
    assert result.score is None and result.passed(70) is True


def test_grading_uses_the_snapshot_not_the_current_page(quiz, snap):
    answers = parse(snap, post(WRONG, 1))
    before = grading.grade(snap, answers)
    quiz.questions = []
    quiz.save()
    assert grading.grade(snap, answers) == before
