"""Lesson URLs are resolved from a route cache keyed on the content version,
instead of walking the page tree segment by segment."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from courses import caching


def page_queries(client, url):
    client.get(url)  # the first request of a session also runs the MFA gate's checks
    caching.bump_learner_version(client.session["_auth_user_id"])  # drop the whole-page copy
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in queries.captured_queries]


@pytest.fixture
def logged_in(client, learner):
    client.force_login(learner)
    return client


def test_lesson_with_a_cached_route_skips_the_site_lookup(logged_in, course_tree):
    queries = page_queries(logged_in, course_tree.lessons[1].url)
    assert not any('FROM "wagtailcore_site"' in sql for sql in queries)


def test_stale_route_to_another_page_is_not_used(logged_in, course_tree, rf):
    lesson, other = course_tree.lessons[0], course_tree.lessons[1]
    logged_in.get(lesson.url)
    request = rf.get(lesson.url)
    request.user = lesson.owner
    content, _ = caching.versions(None)
    with translation.override("fi"):
        key = caching.route_key(request, content)
    assert caching.cache.get(key) is not None  # the route the first request stored
    stored = caching.cache.get(key)
    caching.cache.set(key, {**stored, "page": other.specific})
    caching.bump_learner_version(logged_in.session["_auth_user_id"])
    response = logged_in.get(lesson.url)
    assert response.status_code == 200
    assert lesson.title in response.content.decode()
    assert other.title not in response.content.decode().split("<main", 1)[-1].split("</h1>", 1)[0]


def test_unpublished_lesson_is_not_served_from_its_cached_route(logged_in, course_tree):
    lesson = course_tree.lessons[0]
    logged_in.get(lesson.url)
    lesson.unpublish()
    assert logged_in.get(lesson.url).status_code == 404


def test_anonymous_lesson_request_with_a_cached_route_redirects_to_login_without_queries(client, course_tree, learner):
    lesson = course_tree.lessons[0]
    client.force_login(learner)
    client.get(lesson.url)  # a learner's visit stores the route
    client.logout()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(lesson.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert len(queries) == 0


def test_lesson_restricted_after_its_route_was_cached_is_neither_served_nor_stored(client, course_tree, learner):
    from wagtail.models import PageViewRestriction

    lesson = course_tree.lessons[0]
    client.force_login(learner)
    client.get(lesson.url)
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.GROUPS)
    assert client.get(lesson.url).status_code in (302, 403)
