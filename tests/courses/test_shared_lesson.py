"""A lesson's content is rendered once for every learner (courses/shared_render.py)
and each learner gets their own ticks, notices, form and answers in it."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses import caching
from courses.services import complete_step, enrol, save_reflection
from tests.factories import UserFactory


def fresh(client, url):
    """The lesson rendered again for this learner (their whole-page copy dropped)."""
    caching.bump_learner_version(client.session["_auth_user_id"])
    return client.get(url).content.decode()


@pytest.fixture
def two_learners(course_tree):
    first, second = UserFactory(), UserFactory()
    clients = []
    for user in (first, second):
        client = Client()
        client.force_login(user)
        clients.append(client)
    return (first, clients[0]), (second, clients[1])


def outline_done_links(page_html: str) -> list[str]:
    return re.findall(r'<li class="outline-step is-done[^"]*">\s*<a href="([^"]+)"', page_html)


def test_second_learner_gets_no_ticks_of_the_first(course_tree, two_learners):
    (first, first_client), (_second, second_client) = two_learners
    complete_step(first, course_tree.lessons[0])
    url = course_tree.lessons[1].url
    assert outline_done_links(fresh(first_client, url)) == [course_tree.lessons[0].url]
    assert outline_done_links(fresh(second_client, url)) == []


def test_each_learner_sees_only_their_own_reflection_answer(course_tree, two_learners):
    (first, first_client), (second, second_client) = two_learners
    lesson = course_tree.lessons[0]
    save_reflection(first, lesson, "reflect-1", "Ensimmäisen vastaus")
    fresh(first_client, lesson.url)  # renders the shared copy
    save_reflection(second, lesson, "reflect-1", "Toisen vastaus")
    second_page = fresh(second_client, lesson.url)
    assert "Toisen vastaus" in second_page
    assert "Ensimmäisen vastaus" not in second_page
    assert "Ensimmäisen vastaus" in fresh(first_client, lesson.url)


def test_done_lesson_shows_no_mark_as_done_form_but_an_undone_one_does(course_tree, two_learners):
    (first, first_client), (_second, second_client) = two_learners
    lesson = course_tree.lessons[0]
    complete_step(first, lesson)
    action = f'/courses/{course_tree.course.pk}/steps/{lesson.pk}/done/"'
    assert action not in fresh(first_client, lesson.url)
    assert action in fresh(second_client, lesson.url)


def test_not_enrolled_notice_only_for_the_learner_not_enrolled(course_tree, two_learners, interface_in_source_language):
    (first, first_client), (_second, second_client) = two_learners
    enrol(first, course_tree.course)
    url = course_tree.lessons[0].url
    notice = "You are not enrolled in this course yet"
    assert notice not in fresh(first_client, url)
    assert notice in fresh(second_client, url)


def test_the_shared_copy_carries_the_requesters_own_csrf_token(course_tree, two_learners):
    (_first, first_client), (_second, second_client) = two_learners
    url = course_tree.lessons[0].url
    fresh(first_client, url)
    page = fresh(second_client, url)
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page))
    assert tokens and caching.CSRF_PLACEHOLDER not in page
    assert "personal-" not in page  # no placeholder left


def test_publishing_a_lesson_refreshes_its_shared_copy(course_tree, two_learners):
    (_first, first_client), (_second, second_client) = two_learners
    lesson = course_tree.lessons[0]
    fresh(first_client, lesson.url)
    lesson.title = "Uusi otsikko"
    lesson.save_revision().publish()
    assert "Uusi otsikko" in fresh(second_client, lesson.url)


def test_a_lesson_from_the_shared_copy_reads_no_page_tree(course_tree, two_learners):
    """User, the visit UPDATE, completed steps, reflections (the notification
    bell's count is cached: notifications/unread.py)."""
    (_first, first_client), (_second, second_client) = two_learners
    lessons = course_tree.lessons
    for user, client in two_learners:
        enrol(user, course_tree.course)
        client.get(lessons[0].url)  # the first request of a session runs the MFA gate once
    fresh(first_client, lessons[1].url)  # shared copy and route stored
    with CaptureQueriesContext(connection) as queries:
        second_client.get(lessons[1].url)
    tables = [re.search(r'(?:FROM|UPDATE) "(\w+)"', q["sql"]).group(1) for q in queries.captured_queries]
    # The session is read from the database under test settings (from the cache in production).
    assert [table for table in tables if table != "django_session"] == [
        "accounts_user",
        "courses_enrolment",
        "courses_stepcompletion",
        "courses_reflection",
    ]
