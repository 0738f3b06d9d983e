"""The public course page, enrolment and "continue where you left off"."""

from courses.models import CourseCompletion, Enrolment, StepCompletion
from courses.services import complete_step, enrol, record_visit
from tests.factories import UserFactory


def test_anonymous_visitor_sees_the_syllabus_with_every_lesson(client, course_tree):
    response = client.get(course_tree.course.url)
    assert response.status_code == 200
    html = response.content.decode()
    for module in course_tree.modules:
        assert module.title in html
    for lesson in course_tree.lessons:
        assert f'href="{lesson.url}"' in html


def test_anonymous_course_page_has_no_form_and_sets_no_cookie(client, course_tree):
    response = client.get(course_tree.course.url)
    html = response.content.decode()
    assert "<form" not in html and "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert f'href="/fi/accounts/login/?next={course_tree.course.url}"' in html


def test_course_page_shows_the_course_facts(client, course_tree):
    html = client.get(course_tree.course.url).content.decode()
    assert "tunnistaa omat ennakko-oletuksensa" in html  # learning outcome
    assert "Knowledge and critical understanding of the self" in html  # its competence
    assert "Coaches and instructors" in html  # intended role
    assert "1 h 30 min" in html  # duration
    assert 'hreflang="fi"' in html  # languages available


def test_course_page_lists_live_prerequisites(client, course_tree, make_course_tree):
    first = make_course_tree(modules=1, lessons=1, slug="ensin", title="Ensin tämä").course
    course_tree.course.prerequisites.add(first)
    course_tree.course.save_revision().publish()
    html = client.get(course_tree.course.url).content.decode()
    assert "Ensin tämä" in html and f'href="{first.url}"' in html


def test_logged_in_learner_sees_the_enrol_button(client, course_tree, learner):
    client.force_login(learner)
    html = client.get(course_tree.course.url).content.decode()
    assert f'action="/fi/learning/courses/{course_tree.course.pk}/enrol/"' in html


def test_enrolling_is_one_click(client, course_tree, learner):
    client.force_login(learner)
    response = client.post(f"/fi/learning/courses/{course_tree.course.pk}/enrol/", follow=True)
    assert Enrolment.objects.filter(user=learner, course_key=course_tree.course.translation_key).count() == 1
    assert "You are enrolled" in response.content.decode()
    assert "Start the course" in response.content.decode()


def test_enrolling_twice_is_a_no_op_with_a_message(client, course_tree, learner):
    client.force_login(learner)
    url = f"/fi/learning/courses/{course_tree.course.pk}/enrol/"
    client.post(url)
    response = client.post(url, follow=True)
    assert Enrolment.objects.filter(user=learner).count() == 1
    assert "already enrolled" in response.content.decode()


def test_enrol_needs_a_login(client, course_tree):
    response = client.post(f"/fi/learning/courses/{course_tree.course.pk}/enrol/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Enrolment.objects.exists()


def test_enrol_is_post_only(client, course_tree, learner):
    client.force_login(learner)
    assert client.get(f"/fi/learning/courses/{course_tree.course.pk}/enrol/").status_code == 405
    assert not Enrolment.objects.exists()


def test_enrolling_in_an_unpublished_course_answers_404(client, course_tree, learner):
    course_tree.course.unpublish()
    client.force_login(learner)
    assert client.post(f"/fi/learning/courses/{course_tree.course.pk}/enrol/").status_code == 404
    assert not Enrolment.objects.exists()


def test_enrolling_with_the_id_of_a_lesson_answers_404(client, course_tree, learner):
    client.force_login(learner)
    assert client.post(f"/fi/learning/courses/{course_tree.lessons[0].pk}/enrol/").status_code == 404


def test_enrolled_learner_who_has_not_started_sees_start(client, course_tree, learner):
    enrol(learner, course_tree.course)
    client.force_login(learner)
    html = client.get(course_tree.course.url).content.decode()
    assert "Start the course" in html
    assert f'href="{course_tree.lessons[0].url}"' in html


def test_learner_who_left_off_sees_continue_to_that_lesson(client, course_tree, learner):
    enrol(learner, course_tree.course)
    complete_step(learner, course_tree.lessons[0])
    record_visit(learner, course_tree.lessons[1])
    client.force_login(learner)
    html = client.get(course_tree.course.url).content.decode()
    assert "Continue where you left off" in html
    actions = html.split('id="course-actions"')[1].split("</section>")[0]
    assert f'href="{course_tree.lessons[1].url}"' in actions


def test_syllabus_marks_the_learners_done_steps(client, course_tree, learner):
    complete_step(learner, course_tree.lessons[0])
    client.force_login(learner)
    html = client.get(course_tree.course.url).content.decode()
    assert html.count('class="syllabus-step is-done"') == 1
    assert "(done)" in html


def test_progress_bar_is_accessible(client, course_tree, learner):
    complete_step(learner, course_tree.lessons[0])
    client.force_login(learner)
    html = client.get(course_tree.course.url).content.decode()
    assert '<label class="course-progress-label" for="course-progress">' in html
    assert '<progress id="course-progress" class="course-progress-bar" max="100" value="25">' in html
    assert "1 of 4 required steps done (25 %)" in html


def test_completed_course_shows_its_completion_date(client, course_tree, learner):
    for lesson in course_tree.lessons:
        complete_step(learner, lesson)
    completion = CourseCompletion.objects.get(user=learner)
    client.force_login(learner)
    html = client.get(course_tree.course.url).content.decode()
    assert "You completed this course on" in html
    assert str(completion.completed_at.year) in html


def test_continue_link_goes_to_the_next_step_not_done(client, course_tree, learner):
    complete_step(learner, course_tree.lessons[0])
    complete_step(learner, course_tree.lessons[1])
    client.force_login(learner)
    response = client.get(f"/fi/learning/courses/{course_tree.course.pk}/continue/")
    assert response.status_code == 302 and response["Location"] == course_tree.lessons[2].url


def test_continue_starts_at_the_last_visited_step_if_it_is_not_done(client, course_tree, learner):
    enrol(learner, course_tree.course)
    record_visit(learner, course_tree.lessons[2])
    client.force_login(learner)
    response = client.get(f"/fi/learning/courses/{course_tree.course.pk}/continue/")
    assert response["Location"] == course_tree.lessons[2].url


def test_continue_wraps_round_to_a_skipped_step(client, course_tree, learner):
    complete_step(learner, course_tree.lessons[1])
    complete_step(learner, course_tree.lessons[2])
    complete_step(learner, course_tree.lessons[3])
    record_visit(learner, course_tree.lessons[3])
    client.force_login(learner)
    response = client.get(f"/fi/learning/courses/{course_tree.course.pk}/continue/")
    assert response["Location"] == course_tree.lessons[0].url


def test_other_learners_progress_is_not_shown(client, course_tree, learner):
    complete_step(UserFactory(), course_tree.lessons[0])
    client.force_login(learner)
    html = client.get(course_tree.course.url).content.decode()
    assert "is-done" not in html
    assert not StepCompletion.objects.filter(user=learner).exists()
