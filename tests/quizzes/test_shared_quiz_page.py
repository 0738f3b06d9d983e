"""The quiz step page: the breadcrumb, outline and pager are the copy shared by
every learner (courses.views.step), the quiz itself is rendered for each
learner from their own attempt. Nothing personal crosses learners."""

import re

import pytest
from django.test import Client

from courses import caching
from courses.services import complete_step, enrol
from quizzes import services
from tests.factories import UserFactory
from tests.quizzes.conftest import post
from tests.quizzes.factories import single


@pytest.fixture
def two_learners(make_quiz, course_tree):
    quiz = make_quiz(questions=[single(qid="q1")], slug="jaettu")
    learners = []
    for _ in range(2):
        user = UserFactory()
        enrol(user, course_tree.course)
        attempt = services.start_attempt(user, quiz)
        client = Client()
        client.force_login(user)
        learners.append((user, attempt, client))
    return quiz, learners


def page_of(client, quiz) -> str:
    response = client.get(quiz.url)
    assert response.status_code == 200
    return response.content.decode()


def checked_options(page_html: str) -> list[str]:
    return re.findall(r'value="([^"]+)" checked', page_html)


def test_each_learner_sees_only_their_own_saved_answers(two_learners):
    quiz, [(first, first_attempt, first_client), (second, second_attempt, second_client)] = two_learners
    services.save_answers(first, first_attempt.public_id, post({"q-q1": "q1-0"}, 1))
    services.save_answers(second, second_attempt.public_id, post({"q-q1": "q1-1"}, 1))
    first_page = page_of(first_client, quiz)  # stores the shared copy
    second_page = page_of(second_client, quiz)  # from the shared copy
    assert checked_options(first_page) == ["q1-0"]
    assert checked_options(second_page) == ["q1-1"]
    assert str(first_attempt.public_id) in first_page  # the form posts to the learner's own attempt
    assert str(first_attempt.public_id) not in second_page
    assert str(second_attempt.public_id) in second_page


def test_a_learner_without_answers_sees_none_after_another_learners_page(two_learners):
    quiz, [(first, first_attempt, first_client), (_second, _attempt, second_client)] = two_learners
    services.save_answers(first, first_attempt.public_id, post({"q-q1": "q1-0"}, 1))
    page_of(first_client, quiz)
    assert checked_options(page_of(second_client, quiz)) == []


def test_outline_ticks_and_done_note_are_the_learners_own(two_learners, course_tree):
    quiz, [(first, _attempt, first_client), (_second, _other, second_client)] = two_learners
    complete_step(first, course_tree.lessons[0])
    first_page = page_of(first_client, quiz)
    second_page = page_of(second_client, quiz)
    done = re.compile(r'<li class="outline-step is-done[^"]*">\s*<a href="' + re.escape(course_tree.lessons[0].url))
    assert done.search(first_page)
    assert not done.search(second_page)
    assert "You have completed this step." not in first_page + second_page


def test_the_csrf_token_is_the_requesters_and_no_placeholder_is_left(two_learners):
    quiz, [(_first, _a, first_client), (_second, _b, second_client)] = two_learners
    for client in (first_client, second_client):
        page = page_of(client, quiz)
        assert caching.CSRF_PLACEHOLDER not in page
        assert re.search(r'name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}"', page)
        assert "personal-" not in page  # every hole of the shared copy is filled or emptied


def test_an_open_attempt_keeps_its_snapshot_after_a_publish(two_learners):
    quiz, [(_first, _a, first_client), _second] = two_learners
    page_of(first_client, quiz)  # shared copy of the old content version
    quiz.title = "Uusi nimi"
    quiz.questions = [single(qid="uusi")]
    quiz.save_revision().publish()
    page = page_of(first_client, quiz)
    assert "Uusi nimi" in page  # the shared part follows the publish
    assert 'name="q-q1"' in page  # the attempt's own questions
    assert 'name="q-uusi"' not in page
    newcomer = UserFactory()
    services.start_attempt(newcomer, quiz)
    client = Client()
    client.force_login(newcomer)
    assert 'name="q-uusi"' in page_of(client, quiz)
