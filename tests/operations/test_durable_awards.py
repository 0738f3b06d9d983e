"""Through the database queue: a course completion's badge is awarded by the
worker, once, also when the task runs twice."""

import pytest
from django_tasks_db.models import DBTaskResult

from badges.models import Award
from courses import services as learning
from tests.courses.factories import build_course_tree
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(site_pages, database_tasks, django_capture_on_commit_callbacks):
    tree = build_course_tree(site_pages, modules=1, lessons=1, slug="queued-course", title="Queued course")
    learner = UserFactory(email="learner@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        learning.complete_step(learner, tree.lessons[0])
    return learner


def test_the_course_badge_waits_for_the_worker(finished, run_worker):
    assert Award.objects.count() == 0
    assert DBTaskResult.objects.ready().filter(task_path="badges.tasks.award_course_badge").count() == 1

    run_worker()

    assert Award.objects.filter(recipient_user=finished).count() == 1


def test_a_duplicated_award_task_awards_once(finished, run_worker):
    row = DBTaskResult.objects.get(task_path="badges.tasks.award_course_badge")
    from badges.tasks import award_course_badge

    award_course_badge.enqueue(*row.args_kwargs["args"])  # the same task twice in the queue

    run_worker()

    assert Award.objects.filter(recipient_user=finished).count() == 1
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
