"""Starting, saving and submitting attempts (quizzes.services)."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from courses.models import StepCompletion
from quizzes import services
from quizzes.models import Attempt, AttemptState
from tests.quizzes.conftest import RIGHT, WRONG, post


def test_start_creates_one_open_attempt_with_a_snapshot(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    assert attempt.state == AttemptState.OPEN and attempt.number == 1
    assert [q["id"] for q in attempt.snapshot["questions"]][:2] == ["q-single", "q-multiple"]


def test_start_again_resumes_the_same_attempt(quiz, learner):
    first = services.start_attempt(learner, quiz)
    assert services.start_attempt(learner, quiz).pk == first.pk
    assert Attempt.objects.count() == 1


def test_draw_count_draws_that_many_questions(make_quiz, learner):
    quiz = make_quiz(draw_count=3, shuffle_questions=True)
    attempt = services.start_attempt(learner, quiz)
    assert len(attempt.snapshot["questions"]) == 3


def test_editing_the_quiz_does_not_change_an_attempt(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    quiz.questions = []
    quiz.save_revision().publish()
    attempt.refresh_from_db()
    assert len(attempt.snapshot["questions"]) == 8


def test_save_stores_answers_and_sequence(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    saved = services.save_answers(learner, attempt.public_id, post(WRONG, 1))
    assert saved.answers["q-single"] == "q-single-1" and saved.sequence == 1


def test_stale_save_is_refused_and_keeps_the_newer_answers(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    services.save_answers(learner, attempt.public_id, post(RIGHT, 5))
    with pytest.raises(services.StaleAnswers):
        services.save_answers(learner, attempt.public_id, post(WRONG, 4))
    attempt.refresh_from_db()
    assert attempt.answers["q-single"] == "q-single-0" and attempt.sequence == 5


@pytest.mark.parametrize(
    "bad",
    [
        {"q-not-in-attempt": "x"},
        {"q-q-single": "no-such-option"},
        {"score": "100"},
        {"correct": "1"},
        {"q-q-single~correct": "1"},
        {"q-q-order~q-order-0": "9"},
        {"q-q-match~q-match-0": "q-single-0"},
        {"q-q-likert~q-likert-0": "6"},
        {"q-q-single": ["q-single-0", "q-single-1"]},
    ],
)
def test_bad_answers_are_refused_and_saved_answers_stay(quiz, learner, bad):
    attempt = services.start_attempt(learner, quiz)
    services.save_answers(learner, attempt.public_id, post(RIGHT, 1))
    with pytest.raises(services.QuizError):
        services.save_answers(learner, attempt.public_id, post({**RIGHT, **bad}, 2))
    attempt.refresh_from_db()
    assert attempt.answers["q-single"] == "q-single-0" and attempt.sequence == 1


def test_reflection_is_sanitised(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    saved = services.save_answers(learner, attempt.public_id, post({"q-q-reflect": "Hei <script>alert(1)</script>"}, 1))
    assert "<script>" not in saved.answers["q-reflect"]


def test_someone_elses_attempt_does_not_exist_for_you(quiz, learner, other_learner):
    attempt = services.start_attempt(learner, quiz)
    with pytest.raises(Attempt.DoesNotExist):
        services.save_answers(other_learner, attempt.public_id, post(RIGHT, 1))
    with pytest.raises(Attempt.DoesNotExist):
        services.submit_attempt(other_learner, attempt.public_id)


def test_passing_submit_grades_and_completes_the_step(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    graded, notice = services.submit_attempt(learner, attempt.public_id, post(RIGHT, 1))
    assert graded.state == AttemptState.GRADED and graded.passed and graded.score == 100 and notice == ""
    assert StepCompletion.objects.filter(user=learner, step_key=quiz.translation_key).exists()


def test_failing_submit_does_not_complete_the_step(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    graded, _notice = services.submit_attempt(learner, attempt.public_id, post(WRONG, 1))
    assert graded.passed is False
    assert not StepCompletion.objects.filter(user=learner).exists()


def test_submit_twice_returns_the_same_graded_attempt(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    first, _ = services.submit_attempt(learner, attempt.public_id, post(WRONG, 1))
    second, _ = services.submit_attempt(learner, attempt.public_id, post(RIGHT, 2))
    assert second.pk == first.pk and second.score == first.score and second.submitted_at == first.submitted_at
    assert Attempt.objects.count() == 1


def test_submit_with_refused_answers_submits_nothing(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    with pytest.raises(services.QuizError):
        services.submit_attempt(learner, attempt.public_id, post({"score": "100"}, 1))
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.OPEN


def test_cooldown_refuses_a_new_attempt_until_it_is_over(make_quiz, learner):
    quiz = make_quiz(cooldown_minutes=30)
    attempt = services.start_attempt(learner, quiz)
    services.submit_attempt(learner, attempt.public_id, post(WRONG, 1))
    with pytest.raises(services.QuizError, match="try again after"):
        services.start_attempt(learner, quiz)
    with time_machine.travel(timezone.now() + timedelta(minutes=31)):
        assert services.start_attempt(learner, quiz).number == 2


def test_attempt_limit_holds(make_quiz, learner):
    quiz = make_quiz(max_attempts=2)
    for sequence in (1, 2):
        attempt = services.start_attempt(learner, quiz)
        services.submit_attempt(learner, attempt.public_id, post(WRONG, sequence))
    with pytest.raises(services.QuizError, match="used all 2 attempts"):
        services.start_attempt(learner, quiz)


def test_a_single_attempt_limit_is_named_in_the_singular(make_quiz, learner):
    quiz = make_quiz(max_attempts=1)
    attempt = services.start_attempt(learner, quiz)
    services.submit_attempt(learner, attempt.public_id, post(WRONG, 1))
    with pytest.raises(services.QuizError, match="used your only attempt"):
        services.start_attempt(learner, quiz)


def test_no_new_attempt_after_passing(quiz, learner):
    attempt = services.start_attempt(learner, quiz)
    services.submit_attempt(learner, attempt.public_id, post(RIGHT, 1))
    with pytest.raises(services.QuizError, match="passed"):
        services.start_attempt(learner, quiz)


def test_submit_after_the_time_limit_grades_only_answers_saved_in_time(make_quiz, learner):
    quiz = make_quiz(time_limit_minutes=10)
    attempt = services.start_attempt(learner, quiz)
    services.save_answers(learner, attempt.public_id, post(WRONG, 1))
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        graded, notice = services.submit_attempt(learner, attempt.public_id, post(RIGHT, 2))
    assert "Time was up" in notice
    assert graded.late and graded.answers["q-single"] == "q-single-1" and graded.passed is False


def test_save_after_the_time_limit_is_refused_and_the_attempt_is_closed(make_quiz, learner):
    quiz = make_quiz(time_limit_minutes=10)
    attempt = services.start_attempt(learner, quiz)
    services.save_answers(learner, attempt.public_id, post(WRONG, 1))
    with (
        time_machine.travel(timezone.now() + timedelta(minutes=11)),
        pytest.raises(services.QuizError, match="Time is up"),
    ):
        services.save_answers(learner, attempt.public_id, post(RIGHT, 2))
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED and attempt.answers["q-single"] == "q-single-1"


def test_a_closed_quiz_refuses_new_attempts(make_quiz, learner):
    quiz = make_quiz(closes_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(services.QuizError, match="closed"):
        services.start_attempt(learner, quiz)


def test_submit_after_the_quiz_closed_grades_saved_answers_only(make_quiz, learner):
    quiz = make_quiz(closes_at=timezone.now() + timedelta(minutes=5))
    attempt = services.start_attempt(learner, quiz)
    services.save_answers(learner, attempt.public_id, post(WRONG, 1))
    with time_machine.travel(timezone.now() + timedelta(minutes=6)):
        graded, notice = services.submit_attempt(learner, attempt.public_id, post(RIGHT, 2))
    assert notice and graded.answers["q-single"] == "q-single-1"


def test_checked_question_is_locked(make_quiz, learner):
    quiz = make_quiz(feedback_timing="after_question")
    attempt = services.start_attempt(learner, quiz)
    services.save_answers(learner, attempt.public_id, post(WRONG, 1), check="q-single")
    saved = services.save_answers(learner, attempt.public_id, post(RIGHT, 2))
    assert saved.answers["q-single"] == "q-single-1" and saved.answers["q-tf"] == "true"


def test_marked_reflection_waits_then_grades_and_completes(make_quiz, learner, django_user_model):
    from tests.quizzes.factories import reflection, single

    quiz = make_quiz(questions=[single(), reflection(marked=True)], pass_mark=60)
    attempt = services.start_attempt(learner, quiz)
    waiting, _ = services.submit_attempt(
        learner, attempt.public_id, post({"q-q-single": "q-single-0", "q-q-reflect": "Teksti"}, 1)
    )
    assert waiting.state == AttemptState.AWAITING_MARKING and waiting.passed is None
    trainer = django_user_model.objects.create_user(email="trainer-x@example.org", password="x")
    with pytest.raises(services.QuizError):
        services.mark_reflection(trainer, attempt.pk, "q-reflect", "5")
    marked = services.mark_reflection(trainer, attempt.pk, "q-reflect", "1", "Hyvä")
    assert marked.state == AttemptState.GRADED and marked.passed and float(marked.score) == pytest.approx(66.67)
    assert StepCompletion.objects.filter(user=learner, step_key=quiz.translation_key).exists()
