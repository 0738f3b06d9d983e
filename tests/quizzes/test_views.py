"""The quiz step page, the attempt form, autosave, submit and result."""

import json

import pytest
from django.urls import reverse

from quizzes import services
from quizzes.models import Attempt, AttemptState
from tests.quizzes.conftest import RIGHT, WRONG, post

SECRETS = [
    "PALAUTE",  # every feedback text of the test quiz contains this
    "SELITYS",  # explanations
    "correct",
    '"score"',
]


@pytest.fixture
def logged_in(client, learner):
    client.force_login(learner)
    return client


def open_quiz(client, quiz):
    return client.get(quiz.url)


def start(client, quiz):
    response = client.post(reverse("quizzes:start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(state=AttemptState.OPEN)


def test_quiz_page_needs_login(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_quiz_page_shows_the_start_button_in_the_course_chrome(logged_in, quiz):
    response = open_quiz(logged_in, quiz)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Start the quiz" in html and "Course outline" in html and quiz.title in html


def test_open_attempt_html_contains_no_scores_correct_flags_or_feedback(logged_in, quiz):
    start(logged_in, quiz)
    html = open_quiz(logged_in, quiz).content.decode()
    assert "Mikä auttaa uutta jäsentä eniten?" in html
    for secret in SECRETS:
        assert secret not in html, secret


def test_autosave_json_contains_no_scores_or_feedback(logged_in, quiz):
    attempt = start(logged_in, quiz)
    response = logged_in.post(reverse("quizzes:autosave", args=[attempt.public_id]), {**RIGHT, "sequence": "1"})
    assert response.status_code == 200
    body = response.json()
    assert body["saved"] is True and body["sequence"] == 1
    assert set(body) == {"saved", "sequence", "saved_at"}
    for secret in SECRETS:
        assert secret not in json.dumps(body)


def test_resuming_shows_the_saved_answers(logged_in, quiz):
    attempt = start(logged_in, quiz)
    logged_in.post(reverse("quizzes:autosave", args=[attempt.public_id]), {**RIGHT, "sequence": "1"})
    html = open_quiz(logged_in, quiz).content.decode()
    assert 'value="q-single-0" checked' in html
    assert "Kun muutin Kajaaniin." in html
    assert 'name="sequence" value="2"' in html


def test_stale_autosave_answers_409_and_keeps_answers(logged_in, quiz):
    attempt = start(logged_in, quiz)
    logged_in.post(reverse("quizzes:autosave", args=[attempt.public_id]), {**RIGHT, "sequence": "3"})
    response = logged_in.post(reverse("quizzes:autosave", args=[attempt.public_id]), {**WRONG, "sequence": "2"})
    assert response.status_code == 409 and response.json()["stale"] is True
    attempt.refresh_from_db()
    assert attempt.answers["q-single"] == "q-single-0"


def test_smuggled_score_is_refused_with_a_message(logged_in, quiz):
    attempt = start(logged_in, quiz)
    response = logged_in.post(
        reverse("quizzes:answer", args=[attempt.public_id]), {**RIGHT, "score": "100", "sequence": "1"}, follow=True
    )
    assert "Your answers were not saved" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.answers == {} and attempt.state == AttemptState.OPEN


def test_someone_elses_attempt_is_404(client, quiz, learner, other_learner):
    attempt = services.start_attempt(learner, quiz)
    client.force_login(other_learner)
    for name in ("result", "answer", "autosave", "submit"):
        method = client.get if name == "result" else client.post
        assert method(reverse(f"quizzes:{name}", args=[attempt.public_id]), {"sequence": "1"}).status_code == 404, name


def test_form_save_without_javascript_keeps_answers(logged_in, quiz):
    attempt = start(logged_in, quiz)
    response = logged_in.post(
        reverse("quizzes:answer", args=[attempt.public_id]), {**WRONG, "sequence": "1", "action": "save"}
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.answers["q-single"] == "q-single-1"


def test_submit_shows_the_explained_result(logged_in, quiz):
    attempt = start(logged_in, quiz)
    response = logged_in.post(
        reverse("quizzes:answer", args=[attempt.public_id]),
        {**RIGHT, "sequence": "1", "action": "submit_anyway"},
        follow=True,
    )
    html = response.content.decode()
    assert response.status_code == 200 and "You passed" in html
    assert "PALAUTE-OIKEA" in html and "SELITYS-SINGLE" in html


def test_double_submit_shows_the_same_result(logged_in, quiz):
    attempt = start(logged_in, quiz)
    url = reverse("quizzes:answer", args=[attempt.public_id])
    first = logged_in.post(url, {**WRONG, "sequence": "1", "action": "submit_anyway"})
    second = logged_in.post(url, {**RIGHT, "sequence": "2", "action": "submit_anyway"})
    assert first["Location"] == second["Location"]
    assert Attempt.objects.get().passed is False


def test_failed_result_hides_correct_answers_until_passing(logged_in, quiz):
    attempt = start(logged_in, quiz)
    logged_in.post(
        reverse("quizzes:answer", args=[attempt.public_id]), {**WRONG, "sequence": "1", "action": "submit_anyway"}
    )
    html = logged_in.get(reverse("quizzes:result", args=[attempt.public_id])).content.decode()
    assert "PALAUTE-VÄÄRÄ" in html  # the feedback of the learner's own choice
    assert "PALAUTE-OIKEA" not in html  # not the right answer's


def test_passing_marks_the_step_done_on_the_quiz_page(logged_in, quiz):
    attempt = start(logged_in, quiz)
    logged_in.post(reverse("quizzes:submit", args=[attempt.public_id]), {**RIGHT, "sequence": "1"})
    html = open_quiz(logged_in, quiz).content.decode()
    assert "You have completed this step." in html


def test_start_on_an_unpublished_quiz_is_404(logged_in, quiz):
    quiz.unpublish()
    assert logged_in.post(reverse("quizzes:start", args=[quiz.pk])).status_code == 404


def test_preview_shows_questions_without_answers(quiz, rf, settings):
    from tests.factories import UserFactory
    from tests.previews import preview

    editor = UserFactory(is_staff=True)
    settings.MFA_EXEMPT_EMAILS = [editor.email]
    response = preview(quiz, editor, rf)
    html = response.render().content.decode()
    assert response.status_code == 200 and "Mikä auttaa uutta jäsentä eniten?" in html
    assert "PALAUTE" not in html and "Start the quiz" not in html
    assert not Attempt.objects.exists()


def test_feedback_after_each_question_shows_only_the_checked_question(logged_in, make_quiz):
    quiz = make_quiz(feedback_timing="after_question")
    attempt = start(logged_in, quiz)
    response = logged_in.post(
        reverse("quizzes:answer", args=[attempt.public_id]),
        {**WRONG, "sequence": "1", "check": "q-single"},
        follow=True,
    )
    html = response.content.decode()
    assert "PALAUTE-VÄÄRÄ" in html  # the checked question's feedback
    assert "PALAUTE-EPÄTOSI" not in html  # not the feedback of questions still open
    assert "PALAUTE-OIKEA" not in html  # and not the right answer


def test_autosave_after_the_time_limit_says_the_attempt_closed(logged_in, make_quiz):
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    quiz = make_quiz(time_limit_minutes=5)
    attempt = start(logged_in, quiz)
    with time_machine.travel(timezone.now() + timedelta(minutes=6)):
        response = logged_in.post(reverse("quizzes:autosave", args=[attempt.public_id]), {**RIGHT, "sequence": "1"})
    assert response.status_code == 400 and response.json()["closed"] is True


def test_after_self_assessment_shows_the_before_ratings(logged_in, make_quiz, learner):
    from tests.quizzes.factories import likert

    before = make_quiz(questions=[likert(qid="b", phase="before", pair_key="kasvu")], slug="ennen")
    after = make_quiz(questions=[likert(qid="a", phase="after", pair_key="kasvu")], slug="jalkeen")
    first = services.start_attempt(learner, before)
    services.submit_attempt(learner, first.public_id, post({"q-b~b-0": "2", "q-b~b-1": "3"}, 1))
    second = services.start_attempt(learner, after)
    services.submit_attempt(learner, second.public_id, post({"q-a~a-0": "4", "q-a~a-1": "5"}, 1))
    html = logged_in.get(reverse("quizzes:result", args=[second.public_id])).content.decode()
    assert "Your rating: 4 / 5 · Before the course: 2 / 5" in html
