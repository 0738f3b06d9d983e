"""A learner's course page is the copy shared by every learner (rendered once
per page, language and content version) with their own parts: the syllabus
ticks, their progress and button, the prerequisites they completed. Nothing
personal crosses learners or reaches anonymous visitors."""

import pytest
from django.test import Client

from courses.caching import CSRF_PLACEHOLDER
from courses.models import CourseCompletion
from courses.services import complete_step, enrol
from tests.factories import UserFactory


def page_of(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def learners():
    clients = []
    for _ in range(2):
        user = UserFactory()
        client = Client()
        client.force_login(user)
        clients.append((user, client))
    return clients


def test_ticks_progress_and_button_are_each_learners_own(course_tree, learners):
    (first, first_client), (_second, second_client) = learners
    complete_step(first, course_tree.lessons[0])  # enrols the first learner
    url = course_tree.course.url
    first_page = page_of(first_client, url)  # stores the shared copy
    second_page = page_of(second_client, url)  # from the shared copy
    assert first_page.count('class="syllabus-step is-done"') == 1
    assert "(done)" in first_page
    assert 'id="course-progress"' in first_page
    assert "/enrol/" not in first_page
    assert 'class="syllabus-step is-done"' not in second_page
    assert "(done)" not in second_page
    assert 'id="course-progress"' not in second_page
    assert f'action="/fi/learning/courses/{course_tree.course.pk}/enrol/"' in second_page
    assert CSRF_PLACEHOLDER not in second_page
    assert "personal-" not in first_page + second_page  # every hole filled or emptied


def test_anonymous_visitors_get_no_learners_parts(client, course_tree, learners):
    (first, first_client), _second = learners
    complete_step(first, course_tree.lessons[0])
    page_of(first_client, course_tree.course.url)
    anonymous = page_of(client, course_tree.course.url)
    assert "is-done" not in anonymous
    assert "Log in to enrol" in anonymous or "/accounts/login/" in anonymous


def test_a_learners_own_progress_shows_at_once(course_tree, learners):
    (first, first_client), _second = learners
    enrol(first, course_tree.course)
    url = course_tree.course.url
    assert "is-done" not in page_of(first_client, url)
    complete_step(first, course_tree.lessons[0])
    assert page_of(first_client, url).count('class="syllabus-step is-done"') == 1


def test_a_publish_renews_the_shared_copy(course_tree, learners):
    (_first, first_client), (_second, second_client) = learners
    url = course_tree.course.url
    page_of(first_client, url)
    course = course_tree.course
    course.title = "Uusi kurssinimi"
    course.save_revision().publish()
    assert "Uusi kurssinimi" in page_of(second_client, url)


def test_completed_prerequisites_are_each_learners_own(course_tree, make_course_tree, learners):
    first_course = make_course_tree(modules=1, lessons=1, slug="ensin", title="Ensin tämä").course
    course_tree.course.prerequisites.add(first_course)
    course_tree.course.save_revision().publish()
    (first, first_client), (_second, second_client) = learners
    CourseCompletion.objects.create(user=first, course_key=first_course.translation_key)
    first_page = page_of(first_client, course_tree.course.url)
    second_page = page_of(second_client, course_tree.course.url)
    assert "Ensin tämä" in first_page and "Ensin tämä" in second_page
    assert 'badge badge-done">' in first_page
    assert 'badge badge-done">' not in second_page
