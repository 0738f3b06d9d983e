"""A learner's whole cached page includes the header's notification bell: a
new notification, or one read, shows on the next request for that page."""

import re

from notifications.models import Notification
from notifications.services import mark_all_read


def _bell(html: str) -> str:
    return re.search(r'<a class="nav-link notification-bell".*?</a>', html, re.S).group(0)


def test_a_new_notification_shows_on_a_cached_lesson(client, course_tree, learner, django_capture_on_commit_callbacks):
    client.force_login(learner)
    lesson = course_tree.lessons[0]
    client.get(lesson.url)
    assert "badge" not in _bell(client.get(lesson.url).content.decode())  # from the page cache
    with django_capture_on_commit_callbacks(execute=True):
        Notification.objects.create(recipient=learner, kind="tests.any")
    assert 'aria-hidden="true">1</span>' in _bell(client.get(lesson.url).content.decode())


def test_reading_every_notification_clears_the_bell_of_a_cached_lesson(
    client, course_tree, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Notification.objects.create(recipient=learner, kind="tests.any")
    client.force_login(learner)
    lesson = course_tree.lessons[0]
    client.get(lesson.url)
    assert 'aria-hidden="true">1</span>' in _bell(client.get(lesson.url).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        mark_all_read(learner)
    assert "badge" not in _bell(client.get(lesson.url).content.decode())
