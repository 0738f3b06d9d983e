"""Editors preview course, lesson pages in the Wagtail admin: drafts render,
nothing is recorded or cached for the editor."""

from django.contrib.auth.models import AnonymousUser

from courses.models import Enrolment
from courses.services import enrol
from tests.factories import UserFactory


def preview(page, user, rf):
    request = rf.get("/admin/pages/preview/")
    request.user = user
    request.session = {}
    return page.make_preview_request(original_request=request)


def test_lesson_draft_preview_renders_for_an_editor(course_tree, rf):
    editor = UserFactory(is_staff=True)
    lesson = course_tree.lessons[0]
    lesson.title = "Luonnos: uusi otsikko"
    response = preview(lesson, editor, rf)
    assert response.status_code == 200
    assert "Luonnos: uusi otsikko" in response.render().content.decode()


def test_lesson_preview_records_no_visit(course_tree, rf):
    editor = UserFactory(is_staff=True)
    enrol(editor, course_tree.course)
    preview(course_tree.lessons[1], editor, rf)
    assert Enrolment.objects.get(user=editor).last_step_key is None


def test_course_draft_preview_renders(course_tree, rf):
    course = course_tree.course
    course.summary = "Luonnoksen tiivistelmä"
    response = preview(course, AnonymousUser(), rf)
    html = response.render().content.decode() if hasattr(response, "render") else response.content.decode()
    assert "Luonnoksen tiivistelmä" in html


def test_course_preview_is_not_served_to_visitors(client, course_tree, rf):
    course = course_tree.course
    course.summary = "Luonnoksen tiivistelmä"
    preview(course, AnonymousUser(), rf)
    assert "Luonnoksen tiivistelmä" not in client.get(course.url).content.decode()
