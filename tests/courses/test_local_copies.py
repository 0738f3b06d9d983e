"""Course pages with the versions read once per request and the values kept
in each process (training/request_memo.py, training/local_copies.py): a
renewal by another app server shows in the very next request, and a page the
middleware did not find is not asked for again."""

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import Page

from tests.cache_reads import record_cache_reads
from training import content_version


@pytest.fixture
def cache_reads(monkeypatch):
    return record_cache_reads(monkeypatch)


def _renewed_by_another_app_server():
    """What a publish on another app server leaves in the shared cache."""
    cache.set(content_version.KEY, "renewed-by-another-app-server", timeout=None)


def test_a_renewal_by_another_app_server_shows_in_the_next_request(client, course_tree, site_pages):
    footer_page = site_pages.get_children().live().public().first()
    lesson = course_tree.lessons[1]
    client.get(course_tree.course.url)  # the chrome, the outline and the page are kept
    Page.objects.filter(pk=footer_page.pk).update(title="Tietoa meistä, uusi")  # no signal: nothing renewed here
    Page.objects.filter(pk=lesson.pk).update(title="Oppitunti, uusi nimi")
    before = client.get(course_tree.course.url).content.decode()
    assert "Tietoa meistä, uusi" not in before and "Oppitunti, uusi nimi" not in before

    _renewed_by_another_app_server()
    after = client.get(course_tree.course.url).content.decode()
    assert "Tietoa meistä, uusi" in after and "Oppitunti, uusi nimi" in after


def test_a_learner_sees_the_renewal_of_another_app_server_in_the_shared_lesson(course_tree, learner):
    client = Client()
    client.force_login(learner)
    first, other = course_tree.lessons[0], course_tree.lessons[2]
    client.get(first.url)
    client.get(other.url)  # the shared copy of the first lesson and the outline are kept
    Page.objects.filter(pk=other.pk).update(title="Toinen oppitunti, uusi nimi")
    assert "Toinen oppitunti, uusi nimi" not in client.get(first.url).content.decode()

    _renewed_by_another_app_server()
    assert "Toinen oppitunti, uusi nimi" in client.get(first.url).content.decode()


def test_a_lesson_miss_asks_the_cache_for_its_page_once(course_tree, learner, cache_reads):
    client = Client()
    client.force_login(learner)
    client.get(course_tree.lessons[0].url)
    cache_reads.clear()
    response = client.get(course_tree.lessons[1].url)  # another step: the learner version is renewed
    assert response.status_code == 200
    assert len([key for key in cache_reads if key.startswith("courses:page:")]) == 1  # the middleware's
    assert cache_reads.count(content_version.KEY) == 1


def test_a_course_page_miss_asks_the_cache_for_its_page_once(course_tree, learner, cache_reads):
    client = Client()
    client.force_login(learner)
    client.get(course_tree.lessons[0].url)
    cache_reads.clear()
    response = client.get(course_tree.course.url)
    assert response.status_code == 200 and course_tree.course.title in response.content.decode()
    assert len([key for key in cache_reads if key.startswith("courses:page:")]) == 1
