"""Out-of-range and oversized values in a quiz post are refused whole, with a
message, and leave the attempt as it was and usable (issue 17, defect 9).

The sequence tests also run on PostgreSQL, where a value above 2**31 - 1
used to overflow the integer column (a 500)."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from quizzes.models import Attempt, AttemptState
from tests.quizzes.conftest import RIGHT, WRONG

INT32_MAX = 2**31 - 1


@pytest.fixture
def attempt(client, learner, quiz):
    client.force_login(learner)
    response = client.post(reverse("quizzes:start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(state=AttemptState.OPEN)


def autosave(client, attempt, data):
    return client.post(reverse("quizzes:autosave", args=[attempt.public_id]), data)


def answer(client, attempt, data):
    return client.post(reverse("quizzes:answer", args=[attempt.public_id]), data)


def error_messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("sequence", [str(2**31), str(2**63), "99999999999999999999999999"])
def test_autosave_with_a_sequence_out_of_range_answers_400_and_the_attempt_stays_usable(client, attempt, sequence):
    response = autosave(client, attempt, {**WRONG, "sequence": sequence})
    assert response.status_code == 400
    assert "reload the page" in response.json()["message"]
    attempt.refresh_from_db()
    assert attempt.sequence == 0 and attempt.answers == {}
    assert autosave(client, attempt, {**RIGHT, "sequence": "1"}).status_code == 200


def test_sequence_at_the_column_maximum_is_refused_as_a_jump(client, attempt):
    # Storing 2**31 - 1 would leave the page's next number (2**31) out of range for good.
    response = autosave(client, attempt, {**WRONG, "sequence": str(INT32_MAX)})
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.sequence == 0


def test_answers_with_a_sequence_out_of_range_saves_nothing_and_says_why(client, attempt):
    response = answer(client, attempt, {**WRONG, "sequence": str(2**31)})
    assert response.status_code == 302
    assert any("not saved" in message for message in error_messages(response))
    attempt.refresh_from_db()
    assert attempt.answers == {} and attempt.is_open


def test_oversized_check_in_answers_saves_nothing_and_says_why(client, attempt):
    response = answer(client, attempt, {**WRONG, "sequence": "1", "check": "x" * 100_000})
    assert response.status_code == 302
    assert len(response["Location"]) < 2048
    assert any("not saved" in message for message in error_messages(response))
    attempt.refresh_from_db()
    assert attempt.answers == {} and attempt.sequence == 0


def test_check_of_a_question_not_in_the_attempt_saves_nothing(client, attempt):
    response = answer(client, attempt, {**WRONG, "sequence": "1", "check": "no-such-question"})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.answers == {}


def test_check_of_a_real_question_saves_the_answers(client, attempt):
    response = answer(client, attempt, {**WRONG, "sequence": "1", "check": "q-single"})
    assert response.status_code == 302 and response["Location"].endswith("#question-q-single")
    attempt.refresh_from_db()
    assert attempt.answers["q-single"] == "q-single-1"
