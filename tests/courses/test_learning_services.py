"""Learning services: idempotent, concurrent-safe, never backwards, shared
across translations."""

import pytest
from wagtail.models import Locale, Site

from courses import services
from courses.models import (
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    Reflection,
    StepCompletion,
)
from courses.signals import course_completed
from tests.factories import UserFactory


def build_course(lessons_per_module=(2, 1), slug="kurssi", reflection=False):
    home = Site.objects.get(is_default_site=True).root_page
    index = CourseIndexPage.objects.child_of(home).first() or home.add_child(
        instance=CourseIndexPage(title="Kurssit", slug="kurssit")
    )
    course = index.add_child(instance=CoursePage(title="Kurssi", slug=slug, summary="Tiivistelmä", topic="welcoming"))
    lessons = []
    for m, count in enumerate(lessons_per_module):
        module = course.add_child(instance=ModulePage(title=f"Moduuli {m}", slug=f"moduuli-{m}"))
        for n in range(count):
            body = (
                [{"type": "reflection", "id": "refl-1", "value": {"prompt": "Mitä ajattelet?"}}] if reflection else []
            )
            lessons.append(
                module.add_child(instance=LessonPage(title=f"Oppitunti {m}.{n}", slug=f"l-{m}-{n}", body=body))
            )
    return course, lessons


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def course(site_pages):
    return build_course()


def test_enrolling_twice_creates_one_enrolment(course, learner):
    course_page, _lessons = course
    first, created = services.enrol(learner, course_page)
    second, created_again = services.enrol(learner, course_page)
    assert created and not created_again and first == second


def test_enrolling_in_an_unpublished_course_is_refused(course, learner):
    course_page, _lessons = course
    course_page.unpublish()
    with pytest.raises(services.LearningError):
        services.enrol(learner, course_page)


def test_completing_a_step_enrols_the_learner_implicitly(course, learner):
    course_page, lessons = course
    services.complete_step(learner, lessons[0])
    assert Enrolment.objects.filter(user=learner, course_key=course_page.translation_key).exists()


def test_completing_a_step_twice_records_it_once(course, learner):
    _course_page, lessons = course
    services.complete_step(learner, lessons[0])
    services.complete_step(learner, lessons[0])
    assert StepCompletion.objects.filter(user=learner).count() == 1


def test_completing_an_unpublished_step_is_refused(course, learner):
    _course_page, lessons = course
    lessons[0].unpublish()
    with pytest.raises(services.LearningError):
        services.complete_step(learner, lessons[0])
    assert not StepCompletion.objects.exists()


def test_course_completes_when_every_required_step_is_done(course, learner):
    course_page, lessons = course
    for lesson in lessons:
        services.complete_step(learner, lesson)
    assert CourseCompletion.objects.filter(user=learner, course_key=course_page.translation_key).exists()


def test_optional_steps_are_not_needed_for_completion(course, learner):
    _course_page, lessons = course
    lessons[-1].required = False
    lessons[-1].save_revision().publish()
    for lesson in lessons[:-1]:
        services.complete_step(learner, lesson)
    assert CourseCompletion.objects.filter(user=learner).exists()


def test_course_completed_signal_is_sent_once(course, learner, django_capture_on_commit_callbacks):
    course_page, lessons = course
    received = []

    def receiver(sender, **kwargs):
        received.append(kwargs["course_key"])

    course_completed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in lessons:
                services.complete_step(learner, lesson)
            services.complete_step(learner, lessons[0])
    finally:
        course_completed.disconnect(receiver)
    assert received == [course_page.translation_key]


def test_a_step_added_later_does_not_uncomplete_a_finished_course(course, learner):
    course_page, lessons = course
    for lesson in lessons:
        services.complete_step(learner, lesson)
    module = ModulePage.objects.child_of(course_page).first()
    module.add_child(instance=LessonPage(title="Uusi oppitunti", slug="uusi"))
    progress = services.progress_for(learner, [course_page])[course_page.translation_key]
    assert CourseCompletion.objects.filter(user=learner).exists()
    assert progress.percent == 100


def test_progress_counts_done_and_required_steps(course, learner):
    course_page, lessons = course
    services.complete_step(learner, lessons[0])
    progress = services.progress_for(learner, [course_page])[course_page.translation_key]
    assert (progress.done, progress.total, progress.percent) == (1, 3, 33)


def test_progress_query_count_does_not_grow_with_course_size(site_pages, learner):
    small, _ = build_course((1,), slug="pieni")
    big, _ = build_course((20, 20, 20), slug="iso")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small_queries:
        services.progress_for(learner, [small])
    with CaptureQueriesContext(connection) as big_queries:
        services.progress_for(learner, [big])
    assert len(small_queries) == len(big_queries)


def test_progress_is_shared_across_translations(course, learner):
    course_page, lessons = course
    english = Locale.objects.get(language_code="en")
    english_course = course_page.copy_for_translation(english, copy_parents=True)
    english_course.save_revision().publish()
    english_lesson = lessons[0].copy_for_translation(english, copy_parents=True)
    english_lesson.save_revision().publish()

    services.complete_step(learner, lessons[0])  # done in Finnish
    progress = services.progress_for(learner, [english_course])[english_course.translation_key]
    assert progress.done == 1
    assert english_lesson.translation_key in services.completed_step_keys(learner, english_course)


def test_completing_the_translated_step_counts_for_the_original(course, learner):
    course_page, lessons = course
    english = Locale.objects.get(language_code="en")
    for page in [course_page, lessons[0].get_parent().specific, lessons[0]]:
        page.copy_for_translation(english, copy_parents=True).save_revision().publish()
    english_lesson = LessonPage.objects.get(translation_key=lessons[0].translation_key, locale=english)
    services.complete_step(learner, english_lesson)
    assert StepCompletion.objects.filter(user=learner, step_key=lessons[0].translation_key).exists()


def test_reflection_is_stored_sanitised(site_pages, learner):
    _course, lessons = build_course((1,), slug="pohdinta", reflection=True)
    reflection = services.save_reflection(learner, lessons[0], "refl-1", "Minusta <script>alert(1)</script> tärkeää")
    assert "<script" not in reflection.text
    assert "tärkeää" in reflection.text


def test_reflection_to_a_block_that_is_not_in_the_lesson_is_refused(site_pages, learner):
    _course, lessons = build_course((1,), slug="pohdinta", reflection=True)
    with pytest.raises(services.LearningError):
        services.save_reflection(learner, lessons[0], "forged-id", "teksti")
    assert not Reflection.objects.exists()


def test_over_long_reflection_is_refused(site_pages, learner):
    _course, lessons = build_course((1,), slug="pohdinta", reflection=True)
    with pytest.raises(services.LearningError):
        services.save_reflection(learner, lessons[0], "refl-1", "x" * 100_000)
    assert not Reflection.objects.exists()


def test_saving_a_reflection_again_updates_the_one_answer(site_pages, learner):
    _course, lessons = build_course((1,), slug="pohdinta", reflection=True)
    services.save_reflection(learner, lessons[0], "refl-1", "eka")
    services.save_reflection(learner, lessons[0], "refl-1", "toka")
    assert list(Reflection.objects.values_list("text", flat=True)) == ["toka"]
