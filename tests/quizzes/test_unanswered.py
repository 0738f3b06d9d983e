"""Submitting with questions left open: a warning naming them first, "Not
answered" (not "wrong") on the result, and the way on to the next step."""

import pytest
from django.urls import reverse

from quizzes import services
from quizzes.models import Attempt, AttemptState
from tests.courses.factories import LessonPageFactory
from tests.quizzes.conftest import RIGHT, post
from tests.quizzes.factories import single, true_false

TWO_QUESTIONS = [single(), true_false()]


@pytest.fixture
def logged_in(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def two_question_quiz(make_quiz):
    return make_quiz(questions=TWO_QUESTIONS)


def start(client, quiz) -> Attempt:
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    return Attempt.objects.get(state=AttemptState.OPEN)


def submit(client, attempt, answers: dict, sequence: int = 1, action: str = "submit"):
    return client.post(
        reverse("quizzes:answer", args=[attempt.public_id]), {**answers, "sequence": str(sequence), "action": action}
    )


def test_submitting_with_an_unanswered_question_does_not_grade_the_attempt(logged_in, two_question_quiz):
    attempt = start(logged_in, two_question_quiz)
    response = submit(logged_in, attempt, {"q-q-single": "q-single-0"})
    assert response.status_code == 302 and response["Location"].endswith("?submit=confirm#quiz-confirm")
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.OPEN


def test_submitting_with_an_unanswered_question_keeps_the_answers_given(logged_in, two_question_quiz):
    attempt = start(logged_in, two_question_quiz)
    submit(logged_in, attempt, {"q-q-single": "q-single-0"})
    attempt.refresh_from_db()
    assert attempt.answers == {"q-single": "q-single-0"}


def test_the_warning_names_the_unanswered_question(logged_in, two_question_quiz):
    attempt = start(logged_in, two_question_quiz)
    response = submit(logged_in, attempt, {"q-q-single": "q-single-0"})
    html = logged_in.get(response["Location"]).content.decode()
    assert "Some questions are not answered" in html
    assert "1 of 2 questions is not fully answered" in html
    assert '<a href="#question-q-tf">Question 2</a>' in html
    assert 'value="submit_anyway"' in html


def test_the_warning_calls_a_partly_answered_ordering_question_partly_answered(logged_in, make_quiz):
    from tests.quizzes.factories import ordering

    quiz = make_quiz(questions=[ordering()])
    attempt = start(logged_in, quiz)
    response = submit(logged_in, attempt, {"q-q-order~q-order-0": "1"})
    html = logged_in.get(response["Location"]).content.decode()
    assert "Question 1 (partly answered)" in html


def test_submit_anyway_grades_the_attempt(logged_in, two_question_quiz):
    attempt = start(logged_in, two_question_quiz)
    submit(logged_in, attempt, {"q-q-single": "q-single-0"})
    response = submit(logged_in, attempt, {"q-q-single": "q-single-0"}, sequence=2, action="submit_anyway")
    assert response["Location"] == reverse("quizzes:result", args=[attempt.public_id])
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED and attempt.answers == {"q-single": "q-single-0"}


def test_submitting_with_every_question_answered_grades_at_once(logged_in, two_question_quiz):
    attempt = start(logged_in, two_question_quiz)
    response = submit(logged_in, attempt, {"q-q-single": "q-single-0", "q-q-tf": "true"})
    assert response["Location"] == reverse("quizzes:result", args=[attempt.public_id])
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED and attempt.passed


def test_unanswered_questions_lists_numbers_in_the_order_shown(learner, quiz):
    attempt = services.start_attempt(learner, quiz)
    answers = {key: value for key, value in RIGHT.items() if key not in ("q-q-tf", "q-q-order~q-order-3")}
    answers["q-q-likert~q-likert-1"] = "3"
    attempt = services.save_answers(learner, attempt.public_id, post(answers, 1))
    found = services.unanswered_questions(attempt)
    assert [(entry.number, entry.id, entry.partly) for entry in found] == [(3, "q-tf", False), (5, "q-order", True)]


def test_result_shows_an_unanswered_question_as_not_answered(logged_in, learner, two_question_quiz):
    attempt = services.start_attempt(learner, two_question_quiz)
    services.submit_attempt(learner, attempt.public_id, post({"q-q-single": "q-single-1"}, 1))
    html = logged_in.get(reverse("quizzes:result", args=[attempt.public_id])).content.decode()
    assert 'quiz-status-unanswered"><strong>Not answered</strong>' in html
    assert 'quiz-status-incorrect"><strong>Not correct</strong>' in html  # the one answered wrong
    assert "1 question was not answered." in html


def test_result_links_to_the_next_step_of_the_course(logged_in, learner, two_question_quiz, course_tree):
    lesson = LessonPageFactory(parent=course_tree.modules[0], title="Seuraava oppitunti", slug="seuraava")
    attempt = services.start_attempt(learner, two_question_quiz)
    services.submit_attempt(learner, attempt.public_id, post({"q-q-single": "q-single-0", "q-q-tf": "true"}, 1))
    html = logged_in.get(reverse("quizzes:result", args=[attempt.public_id])).content.decode()
    assert f'href="{lesson.url}">Next step: Seuraava oppitunti</a>' in html


def test_result_of_the_last_step_links_back_to_the_course(logged_in, learner, two_question_quiz, course_tree):
    attempt = services.start_attempt(learner, two_question_quiz)
    services.submit_attempt(learner, attempt.public_id, post({"q-q-single": "q-single-0"}, 1))
    html = logged_in.get(reverse("quizzes:result", args=[attempt.public_id])).content.decode()
    assert f'href="{course_tree.course.url}">Back to the course</a>' in html
