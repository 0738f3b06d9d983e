"""The quiz page with an open attempt makes a fixed, exact number of queries,
whatever the number of questions, the size of the course or of the number of
learners (issue 15)."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses.services import course_of, enrol
from quizzes import services
from tests.factories import UserFactory
from tests.quizzes.factories import scenario, single


def _questions(count: int) -> list[dict]:
    return [(single if i % 2 else scenario)(qid=f"q{i}") for i in range(count)]


def quiz_page_queries(quiz, learner, other_url) -> int:
    """Queries of the quiz page for a learner with an open attempt who has
    just opened another step (their page cache moved on; routes and outline warm)."""
    enrol(learner, course_of(quiz))
    services.start_attempt(learner, quiz)
    client = Client()
    client.force_login(learner)
    client.get(quiz.url)  # the first request of a session also runs the MFA gate's checks
    client.get(other_url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(quiz.url)
    assert response.status_code == 200
    return len(queries)


def test_quiz_page_with_an_open_attempt_makes_five_queries(make_quiz, course_tree, learner):
    """Session, user, the visit UPDATE, completed steps, the learner's attempts
    (the notification bell's count is cached: notifications/unread.py)."""
    quiz = make_quiz(questions=_questions(2), slug="pieni")
    assert quiz_page_queries(quiz, learner, course_tree.lessons[0].url) == 5


def test_quiz_page_queries_do_not_grow_with_questions_or_learners(make_quiz, course_tree, learner):
    small = make_quiz(questions=_questions(2), slug="pieni")
    large = make_quiz(questions=_questions(20), slug="iso")
    for _ in range(5):
        services.start_attempt(UserFactory(), large)
    other = course_tree.lessons[0].url
    assert quiz_page_queries(small, learner, other) == quiz_page_queries(large, UserFactory(), other)
