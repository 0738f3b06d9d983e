"""Lesson pages: login, outline, previous/next, mark as done, reflections."""

import pytest

from courses.models import CourseCompletion, CoursePage, Enrolment, Reflection, StepCompletion
from courses.services import complete_step, enrol
from tests.factories import UserFactory


def done_url(course, lesson):
    return f"/fi/learning/courses/{course.pk}/steps/{lesson.pk}/done/"


def reflection_url(course, lesson):
    return f"/fi/learning/courses/{course.pk}/steps/{lesson.pk}/reflection/"


def test_lesson_requires_login(client, course_tree):
    lesson = course_tree.lessons[0]
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"] == f"/fi/accounts/login/?next={lesson.url}"


def test_lesson_shows_its_body(client, course_tree, learner):
    client.force_login(learner)
    html = client.get(course_tree.lessons[0].url).content.decode()
    assert "<h1" in html and html.count("<h1") == 1
    assert "Jokainen meistä katsoo maailmaa" in html
    assert 'role="note"' in html  # the callout


def test_outline_lists_every_step_and_marks_the_current_one(client, course_tree, learner):
    client.force_login(learner)
    current = course_tree.lessons[1]
    html = client.get(current.url).content.decode()
    for lesson in course_tree.lessons:
        assert f'href="{lesson.url}"' in html
    assert f'<a href="{current.url}" aria-current="page">' in html
    assert html.count('aria-current="page"') == 2  # the outline link and the breadcrumb


def test_outline_marks_done_steps(client, course_tree, learner):
    complete_step(learner, course_tree.lessons[0])
    client.force_login(learner)
    html = client.get(course_tree.lessons[1].url).content.decode()
    assert html.count('class="outline-step is-done"') == 1


def test_previous_and_next_cross_modules(client, course_tree, learner):
    client.force_login(learner)
    last_of_first_module, first_of_second = course_tree.lessons[1], course_tree.lessons[2]
    html = client.get(last_of_first_module.url).content.decode()
    assert f'href="{first_of_second.url}" rel="next"' in html
    html = client.get(first_of_second.url).content.decode()
    assert f'href="{last_of_first_module.url}" rel="prev"' in html


def test_opening_a_lesson_remembers_it_for_continue(client, course_tree, learner):
    enrol(learner, course_tree.course)
    client.force_login(learner)
    client.get(course_tree.lessons[2].url)
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.last_step_key == course_tree.lessons[2].translation_key
    assert enrolment.last_visited_at is not None


def test_opening_a_lesson_does_not_enrol(client, course_tree, learner):
    client.force_login(learner)
    html = client.get(course_tree.lessons[0].url).content.decode()
    assert not Enrolment.objects.exists()
    assert "marking a lesson as done enrols you" in html


def test_mark_as_done_records_and_goes_to_the_next_lesson(client, course_tree, learner):
    client.force_login(learner)
    lesson = course_tree.lessons[0]
    response = client.post(done_url(course_tree.course, lesson))
    assert response.status_code == 302 and response["Location"] == course_tree.lessons[1].url
    assert StepCompletion.objects.filter(user=learner, step_key=lesson.translation_key).exists()


def test_mark_as_done_enrols_implicitly(client, course_tree, learner):
    client.force_login(learner)
    client.post(done_url(course_tree.course, course_tree.lessons[0]))
    enrolment = Enrolment.objects.get(user=learner, course_key=course_tree.course.translation_key)
    assert enrolment.last_step_key == course_tree.lessons[0].translation_key


def test_mark_as_done_twice_is_a_no_op(client, course_tree, learner):
    client.force_login(learner)
    client.post(done_url(course_tree.course, course_tree.lessons[0]))
    response = client.post(done_url(course_tree.course, course_tree.lessons[0]))
    assert response.status_code == 302
    assert StepCompletion.objects.filter(user=learner).count() == 1


def test_a_done_lesson_says_so_instead_of_the_button(client, course_tree, learner):
    complete_step(learner, course_tree.lessons[0])
    client.force_login(learner)
    html = client.get(course_tree.lessons[0].url).content.decode()
    assert "You have completed this lesson." in html
    assert done_url(course_tree.course, course_tree.lessons[0]) not in html


def test_finishing_the_last_lesson_completes_the_course(client, course_tree, learner):
    for lesson in course_tree.lessons[:-1]:
        complete_step(learner, lesson)
    client.force_login(learner)
    response = client.post(done_url(course_tree.course, course_tree.lessons[-1]), follow=True)
    assert CourseCompletion.objects.filter(user=learner).exists()
    assert response.redirect_chain[-1][0] == course_tree.course.url + "#course-actions"
    assert "You have completed the course" in response.content.decode()


def test_mark_as_done_of_an_unpublished_lesson_answers_404(client, course_tree, learner):
    lesson = course_tree.lessons[0]
    lesson.unpublish()
    client.force_login(learner)
    assert client.post(done_url(course_tree.course, lesson)).status_code == 404
    assert not StepCompletion.objects.exists() and not Enrolment.objects.exists()


def test_mark_as_done_with_a_step_of_another_course_answers_404(client, course_tree, make_course_tree, learner):
    other = make_course_tree(modules=1, lessons=1, slug="toinen")
    client.force_login(learner)
    assert client.post(done_url(course_tree.course, other.lessons[0])).status_code == 404
    assert not StepCompletion.objects.exists()


def test_mark_as_done_with_a_module_id_answers_404(client, course_tree, learner):
    client.force_login(learner)
    assert client.post(done_url(course_tree.course, course_tree.modules[0])).status_code == 404


def test_mark_as_done_with_an_unknown_id_answers_404(client, course_tree, learner):
    client.force_login(learner)
    assert client.post(f"/fi/learning/courses/{course_tree.course.pk}/steps/999999/done/").status_code == 404


def test_mark_as_done_is_post_only(client, course_tree, learner):
    client.force_login(learner)
    assert client.get(done_url(course_tree.course, course_tree.lessons[0])).status_code == 405


def test_mark_as_done_needs_a_login(client, course_tree):
    response = client.post(done_url(course_tree.course, course_tree.lessons[0]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not StepCompletion.objects.exists()


def test_lesson_in_an_unpublished_course_answers_404(client, course_tree, learner):
    # Only the course page itself is unpublished; its lessons are still live.
    CoursePage.objects.filter(pk=course_tree.course.pk).update(live=False)
    client.force_login(learner)
    assert client.get(course_tree.lessons[0].url).status_code == 404


# --- reflections -------------------------------------------------------------


@pytest.fixture
def lesson(course_tree):
    return course_tree.lessons[0]


def test_reflection_is_saved_for_the_learner(client, course_tree, lesson, learner):
    client.force_login(learner)
    response = client.post(reflection_url(course_tree.course, lesson), {"block_id": "reflect-1", "text": "Muistan."})
    assert response.status_code == 302 and response["Location"] == lesson.url + "#reflection-reflect-1"
    assert Reflection.objects.get(user=learner).text == "Muistan."


def test_saved_reflection_is_prefilled_for_its_author_only(client, course_tree, lesson, learner):
    client.force_login(learner)
    client.post(reflection_url(course_tree.course, lesson), {"block_id": "reflect-1", "text": "Salainen & oma"})
    assert "Salainen &amp; oma</textarea>" in client.get(lesson.url).content.decode()
    client.force_login(UserFactory())
    assert "Salainen" not in client.get(lesson.url).content.decode()


def test_reflection_with_a_script_is_stored_sanitised(client, course_tree, lesson, learner):
    client.force_login(learner)
    client.post(
        reflection_url(course_tree.course, lesson), {"block_id": "reflect-1", "text": "Hei<script>alert(1)</script>"}
    )
    stored = Reflection.objects.get(user=learner).text
    assert "<script" not in stored
    html = client.get(lesson.url).content.decode()
    assert "<script>alert" not in html


def test_too_long_reflection_is_refused_and_the_text_kept(client, course_tree, lesson, learner):
    client.force_login(learner)
    client.post(reflection_url(course_tree.course, lesson), {"block_id": "reflect-1", "text": "Aiempi vastaus"})
    long_text = "x" * 100_000
    response = client.post(reflection_url(course_tree.course, lesson), {"block_id": "reflect-1", "text": long_text})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Your answer is too long" in html
    assert long_text + "</textarea>" in html
    assert Reflection.objects.get(user=learner).text == "Aiempi vastaus"


def test_reflection_with_a_tampered_block_id_is_refused_with_a_message(client, course_tree, lesson, learner):
    client.force_login(learner)
    response = client.post(reflection_url(course_tree.course, lesson), {"block_id": "not-a-block", "text": "Hei"})
    assert response.status_code == 400
    assert "This question is not part of the lesson." in response.content.decode()
    assert not Reflection.objects.exists()


def test_reflection_without_a_block_id_is_refused_with_a_message(client, course_tree, lesson, learner):
    client.force_login(learner)
    response = client.post(reflection_url(course_tree.course, lesson), {"text": "Hei"})
    assert response.status_code == 400
    assert "could not be saved" in response.content.decode()


def test_reflection_of_another_courses_lesson_answers_404(client, course_tree, make_course_tree, learner):
    other = make_course_tree(modules=1, lessons=1, slug="toinen")
    client.force_login(learner)
    response = client.post(reflection_url(course_tree.course, other.lessons[0]), {"block_id": "reflect-1", "text": "x"})
    assert response.status_code == 404
    assert not Reflection.objects.exists()
