# ruff: noqa: F811  (the authoring fixtures are imported from test_authoring and used as arguments)
"""A page submitted for review notifies the reviewers of the workflow task
through the notification centre (issue 12 §3), once, and replaces Wagtail's
own submission mails so nobody gets two."""

import pytest
from django.core import mail
from wagtail.models import TaskState

from courses import notices
from notifications.models import Notification
from tests.courses.test_authoring import (  # noqa: F401  (fixtures)
    catalogue,
    course,
    draft_lesson,
    home,
    reviewer,
    setup,
    submit,
    trainer,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def submitted_notices(user):
    return list(Notification.objects.filter(recipient=user, kind=notices.PAGE_SUBMITTED))


def test_a_submitted_lesson_notifies_the_reviewer_with_the_editor_link(
    trainer, reviewer, draft_lesson, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft_lesson, trainer)
    (notice,) = submitted_notices(reviewer)
    assert notice.url == f"/admin/pages/{draft_lesson.pk}/edit/"
    assert notice.params["page"] == "Nimet ja tervehdykset"


def test_the_reviewer_gets_one_mail_not_wagtails_as_well(
    trainer, reviewer, draft_lesson, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft_lesson, trainer)
    assert [m.to for m in mail.outbox] == [[reviewer.email]]
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers


def test_the_submitter_and_people_outside_the_task_groups_are_not_notified(
    trainer, reviewer, draft_lesson, django_capture_on_commit_callbacks
):
    outsider = UserFactory(email="ulla.ulkopuolinen@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft_lesson, trainer)
    assert submitted_notices(trainer) == []
    assert submitted_notices(outsider) == []


def test_a_repeated_submission_signal_does_not_notify_twice(
    trainer, reviewer, draft_lesson, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft_lesson, trainer)
        task_state = TaskState.objects.get()
        notices.notify_reviewers(TaskState, task_state, user=trainer)
    assert len(submitted_notices(reviewer)) == 1
    assert len(mail.outbox) == 1
