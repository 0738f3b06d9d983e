"""Grading costs a constant number of queries, whatever the number of questions."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes import services
from tests.factories import UserFactory
from tests.quizzes.conftest import post
from tests.quizzes.factories import scenario, single


def _questions(count: int) -> list[dict]:
    return [(single if i % 2 else scenario)(qid=f"q{i}") for i in range(count)]


def _right_answers(count: int) -> dict:
    return {f"q-q{i}": f"q{i}-0" for i in range(count)}


def _submit_queries(make_quiz, count: int, answers: dict, slug: str) -> int:
    quiz = make_quiz(questions=_questions(count), slug=slug)
    learner = UserFactory()
    attempt = services.start_attempt(learner, quiz)
    data = post(answers, 1)
    with CaptureQueriesContext(connection) as queries:
        graded, _notice = services.submit_attempt(learner, attempt.public_id, data)
    assert graded.score is not None
    return len(queries)


def test_grading_a_20_question_attempt_costs_the_same_queries_as_a_2_question_one(make_quiz):
    small = _submit_queries(make_quiz, 2, _right_answers(2), "pieni")
    large = _submit_queries(make_quiz, 20, _right_answers(20), "iso")
    assert large == small


def test_failing_20_question_attempt_costs_a_constant_number_of_queries(make_quiz):
    small = _submit_queries(make_quiz, 2, {}, "pieni")
    large = _submit_queries(make_quiz, 20, {}, "iso")
    assert large == small <= 6
