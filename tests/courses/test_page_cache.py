"""Cached course and lesson pages: served before routing, never stale after a
publish or a learner's progress, never shown to the wrong person."""

import re

from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.models import StepCompletion
from courses.services import complete_step, enrol
from tests.factories import UserFactory


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_anonymous_course_page_is_answered_from_the_cache_without_queries(client, course_tree):
    client.get(course_tree.course.url)
    response, count = queries_for(client, course_tree.course.url)
    assert response.status_code == 200 and course_tree.course.title in response.content.decode()
    assert count == 0


def test_cached_course_page_sets_no_cookie_and_keeps_the_security_headers(client, course_tree):
    client.get(course_tree.course.url)
    response = client.get(course_tree.course.url)
    assert not response.cookies
    assert "Content-Security-Policy" in response.headers
    assert response.headers["X-Frame-Options"] == "DENY"


def test_publishing_a_lesson_refreshes_the_cached_course_page(client, course_tree):
    client.get(course_tree.course.url)
    lesson = course_tree.lessons[0]
    lesson.title = "Uusi otsikko oppitunnille"
    lesson.save_revision().publish()
    assert "Uusi otsikko oppitunnille" in client.get(course_tree.course.url).content.decode()


def test_publishing_the_course_refreshes_its_cached_page(client, course_tree):
    client.get(course_tree.course.url)
    course = course_tree.course
    course.summary = "Aivan uusi tiivistelmä."
    course.save_revision().publish()
    assert "Aivan uusi tiivistelmä." in client.get(course.url).content.decode()


def test_unpublished_course_is_not_served_from_the_cache(client, course_tree):
    client.get(course_tree.course.url)
    course_tree.course.unpublish()
    assert client.get(course_tree.course.url).status_code == 404


def test_a_new_view_restriction_applies_at_once(client, course_tree):
    client.get(course_tree.course.url)
    PageViewRestriction.objects.create(page=course_tree.course, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(course_tree.course.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_page_with_a_pending_message_is_neither_stored_nor_served_from_the_cache(client, course_tree, rf):
    client.get(course_tree.course.url)  # cached
    request = rf.get("/")
    storage = CookieStorage(request)
    storage.add(constants.INFO, "Olet kirjautunut ulos.")
    response = client.get("/")
    storage.update(response)
    client.cookies["messages"] = response.cookies["messages"].value
    html = client.get(course_tree.course.url).content.decode()
    assert "Olet kirjautunut ulos." in html
    assert "Olet kirjautunut ulos." not in client.get(course_tree.course.url).content.decode()


def test_learner_sees_their_own_page_not_an_anonymous_copy(client, course_tree, learner):
    client.get(course_tree.course.url)  # the anonymous copy
    client.force_login(learner)
    html = client.get(course_tree.course.url).content.decode()
    assert "Log in to enrol" not in html and "Enrol" in html


def test_lesson_page_is_cached_per_learner(client, course_tree, learner):
    client.force_login(learner)
    lesson = course_tree.lessons[0]
    _first, first_count = queries_for(client, lesson.url)
    response, second_count = queries_for(client, lesson.url)
    assert response.status_code == 200 and lesson.title in response.content.decode()
    assert second_count < first_count
    assert not any("wagtailcore_page" in q for q in _page_queries(client, lesson.url))


def _page_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return [query["sql"] for query in queries.captured_queries]


def test_marking_a_lesson_done_refreshes_the_cached_lesson(client, course_tree, learner):
    client.force_login(learner)
    lesson = course_tree.lessons[0]
    client.get(lesson.url)
    client.post(f"/fi/learning/courses/{course_tree.course.pk}/steps/{lesson.pk}/done/")
    assert "You have completed this lesson." in client.get(lesson.url).content.decode()


def test_progress_made_elsewhere_refreshes_the_cached_lesson(client, course_tree, learner):
    client.force_login(learner)
    lesson = course_tree.lessons[1]
    client.get(lesson.url)
    complete_step(learner, course_tree.lessons[0])  # as a quiz or another tab would
    assert 'class="outline-step is-done"' in client.get(lesson.url).content.decode()


def test_a_learners_cached_lesson_is_never_shown_to_another(client, course_tree, learner):
    lesson = course_tree.lessons[0]
    client.force_login(learner)
    client.post(
        f"/fi/learning/courses/{course_tree.course.pk}/steps/{lesson.pk}/reflection/",
        {"block_id": "reflect-1", "text": "Amalin oma vastaus"},
    )
    assert "Amalin oma vastaus" in client.get(lesson.url).content.decode()
    other = Client()
    other.force_login(UserFactory(first_name="Bertta"))
    html = other.get(lesson.url).content.decode()
    assert "Amalin oma vastaus" not in html and "Bertta" in html and "Amal" not in html


def test_cached_lesson_carries_the_requesters_own_csrf_token(course_tree, learner):
    lesson = course_tree.lessons[0]
    first = Client(enforce_csrf_checks=True)
    first.force_login(learner)
    first.get(lesson.url)  # stores the page
    second = Client(enforce_csrf_checks=True)  # another browser of the same learner
    second.force_login(learner)
    html = second.get(lesson.url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = second.post(
        f"/fi/learning/courses/{course_tree.course.pk}/steps/{lesson.pk}/done/", {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert StepCompletion.objects.filter(user=learner).exists()


def test_opening_another_lesson_and_coming_back_is_remembered(client, course_tree, learner):
    enrol(learner, course_tree.course)
    client.force_login(learner)
    first, second = course_tree.lessons[0], course_tree.lessons[1]
    client.get(first.url)
    client.get(second.url)
    client.get(first.url)  # was cached before the second lesson was opened
    response = client.get(f"/fi/learning/courses/{course_tree.course.pk}/continue/")
    assert response["Location"] == first.url


def test_enrolling_refreshes_the_learners_cached_course_page(client, course_tree, learner):
    client.force_login(learner)
    assert "Start the course" not in client.get(course_tree.course.url).content.decode()
    enrol(learner, course_tree.course)
    assert "Start the course" in client.get(course_tree.course.url).content.decode()


def test_opening_a_lesson_refreshes_continue_on_the_cached_course_page(client, course_tree, learner):
    enrol(learner, course_tree.course)
    client.force_login(learner)
    client.get(course_tree.course.url)
    client.get(course_tree.lessons[2].url)
    html = client.get(course_tree.course.url).content.decode()
    actions = html.split('id="course-actions"')[1].split("</section>")[0]
    assert "Continue where you left off" in actions and f'href="{course_tree.lessons[2].url}"' in actions


def test_anonymous_catalogue_is_cached_and_refreshed_when_a_course_is_published(client, course_tree, make_course_tree):
    client.get(course_tree.index.url)
    _response, count = queries_for(client, course_tree.index.url)
    assert count == 0
    make_course_tree(slug="uusi", title="Uusi kurssi").course.save_revision().publish()
    assert "Uusi kurssi" in client.get(course_tree.index.url).content.decode()


def test_filtered_catalogue_is_not_taken_from_the_cache(client, course_tree, make_course_tree):
    make_course_tree(slug="digi", title="Digikurssi", topic="digital")
    client.get(course_tree.index.url)
    html = client.get(course_tree.index.url, {"topic": "digital"}).content.decode()
    assert "Digikurssi" in html and ">Kurssi</a>" not in html
