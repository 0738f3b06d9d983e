"""Editors preview course, lesson pages in the Wagtail admin: drafts render,
nothing is recorded or cached for the editor."""

import pytest
from django.contrib.auth.models import AnonymousUser

from courses.models import Enrolment
from courses.services import enrol
from tests.factories import UserFactory, group_member
from tests.previews import preview


def test_lesson_draft_preview_renders_for_an_editor(course_tree, rf, settings):
    editor = UserFactory(is_staff=True)
    settings.MFA_EXEMPT_EMAILS = [editor.email]
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


# A trainer previews every step type exactly as a learner will see it: body,
# course outline, breadcrumb and the previous/next pager. Previewing records
# nothing (no enrolment, no completion, no visit).

BREADCRUMB = '<nav aria-label="Breadcrumb">'
OUTLINE = 'aria-labelledby="outline-heading"'


@pytest.fixture
def trainer(course_tree, settings):
    from courses import authoring

    authoring.ensure_authoring_setup(course_tree.index)
    return group_member(authoring.TRAINERS, settings, email="tiina.preview@example.org")


@pytest.fixture
def quiz_step(course_tree):
    from tests.quizzes.factories import QuizPageFactory

    return QuizPageFactory(parent=course_tree.modules[0])


@pytest.fixture
def live_step(course_tree):
    from tests.live.factories import LiveSessionPageFactory

    return LiveSessionPageFactory(parent=course_tree.modules[1], slug="etakoulutus")


def preview_html(page, user, rf) -> str:
    response = preview(page, user, rf)
    assert response.status_code == 200
    return (response.render() if hasattr(response, "render") else response).content.decode()


def assert_course_frame(html: str, course_tree) -> None:
    """The frame a learner sees around every step: breadcrumb back to the course, the outline with every step."""
    assert BREADCRUMB in html and course_tree.course.title in html
    assert OUTLINE in html
    for lesson in course_tree.lessons:
        assert lesson.title in html


def test_lesson_preview_shows_body_outline_breadcrumb_and_pager(course_tree, trainer, rf):
    lesson = course_tree.lessons[1]
    lesson.body = [{"type": "paragraph", "value": "<p>Luonnoksen uusi kappale.</p>"}]
    html = preview_html(lesson, trainer, rf)
    assert "Luonnoksen uusi kappale." in html
    assert_course_frame(html, course_tree)
    assert f"Previous: {course_tree.lessons[0].title}" in html
    assert f"Next: {course_tree.lessons[2].title}" in html


def test_quiz_preview_shows_questions_outline_and_breadcrumb(course_tree, trainer, quiz_step, rf):
    html = preview_html(quiz_step, trainer, rf)
    assert "Mikä auttaa uutta jäsentä eniten?" in html
    assert_course_frame(html, course_tree)


def test_live_session_preview_shows_description_outline_and_breadcrumb(course_tree, trainer, live_step, rf):
    html = preview_html(live_step, trainer, rf)
    assert "Keskustelemme uusien jäsenten vastaanottamisesta." in html
    assert_course_frame(html, course_tree)


def test_course_preview_shows_the_syllabus(course_tree, trainer, rf):
    html = preview_html(course_tree.course, trainer, rf)
    for lesson in course_tree.lessons:
        assert lesson.title in html


def test_previewing_any_step_records_no_enrolment_or_completion(course_tree, trainer, quiz_step, live_step, rf):
    from courses.models import CourseCompletion, StepCompletion

    for page in (course_tree.course, course_tree.lessons[0], quiz_step, live_step):
        preview_html(page, trainer, rf)
    assert not Enrolment.objects.filter(user=trainer).exists()
    assert not StepCompletion.objects.filter(user=trainer).exists()
    assert not CourseCompletion.objects.filter(user=trainer).exists()


def test_trainer_views_a_lesson_draft_in_the_admin_with_its_body(client, course_tree, trainer):
    from django.urls import reverse

    lesson = course_tree.lessons[0]
    lesson.body = [{"type": "paragraph", "value": "<p>Vain luonnoksessa.</p>"}]
    lesson.save_revision(user=trainer)
    client.force_login(trainer)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vain luonnoksessa." in html
    assert_course_frame(html, course_tree)
    assert not Enrolment.objects.filter(user=trainer).exists()


def test_preview_of_a_new_unsaved_lesson_shows_its_body_in_the_course_frame(course_tree, trainer, rf):
    from courses.models import LessonPage

    module = course_tree.modules[0]
    # What Wagtail's create view does before previewing: a realistic place in the tree, no pk.
    lesson = LessonPage(title="Aivan uusi", slug="aivan-uusi", locale=module.locale)
    lesson.body = [{"type": "paragraph", "value": "<p>Ei vielä tallennettu.</p>"}]
    lesson.depth = module.depth + 1
    lesson.path = module.get_last_child()._inc_path()
    lesson.set_url_path(module)
    html = preview_html(lesson, trainer, rf)
    assert "Ei vielä tallennettu." in html
    assert_course_frame(html, course_tree)
