"""Integrity under concurrency, on PostgreSQL (row locks are real there).

Each test runs requests in 10 threads, each with its own database
connection, against committed data (transaction=True).
"""

import pytest
from django.db import connection

from quizzes import services
from quizzes.models import Attempt, AttemptState
from tests.concurrency import run_together
from tests.courses.factories import build_course_tree
from tests.factories import UserFactory
from tests.quizzes.conftest import RIGHT, WRONG, post
from tests.quizzes.factories import QuizPageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Concurrency needs PostgreSQL row locks: run with DATABASE_URL=postgres://… (SQLite serialises).",
    ),
]

THREADS = 10


@pytest.fixture
def quiz_page():
    from wagtail.models import Site

    from home import demo

    demo.seed({})  # transactional tests start from an empty database
    home = Site.objects.get(is_default_site=True).root_page.specific
    tree = build_course_tree(home, modules=1, lessons=1)
    return lambda **kwargs: QuizPageFactory(parent=tree.modules[0], **kwargs)


def run_concurrently(task, count=THREADS):
    return run_together([task] * count)


def test_ten_concurrent_submits_grade_one_attempt_once(quiz_page):
    quiz = quiz_page()
    learner = UserFactory()
    attempt = services.start_attempt(learner, quiz)
    results, errors = run_concurrently(lambda: services.submit_attempt(learner, attempt.public_id, post(RIGHT, 1)))
    assert not [e for e in errors if not isinstance(e, services.QuizError)]
    graded = Attempt.objects.get()
    assert graded.state == AttemptState.GRADED and graded.passed
    # Every successful request saw the one graded attempt, with the same result.
    assert {(a.pk, a.submitted_at) for a, _notice in results} == {(graded.pk, graded.submitted_at)}


def test_ten_concurrent_starts_make_one_open_attempt(quiz_page):
    quiz = quiz_page()
    learner = UserFactory()
    results, errors = run_concurrently(lambda: services.start_attempt(learner, quiz).pk)
    assert not errors
    assert Attempt.objects.filter(state=AttemptState.OPEN).count() == 1
    assert len(set(results)) == 1


def test_attempt_limit_holds_under_concurrent_start_and_submit(quiz_page):
    quiz = quiz_page(max_attempts=3)
    learner = UserFactory()

    def start_and_fail():
        attempt = services.start_attempt(learner, quiz)
        services.submit_attempt(learner, attempt.public_id, post(WRONG, 1))
        return attempt.number

    for _round in range(3):
        run_concurrently(start_and_fail)
    assert Attempt.objects.count() == 3
    assert sorted(Attempt.objects.values_list("number", flat=True)) == [1, 2, 3]
