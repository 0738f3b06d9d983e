"""The demo courses `seed_demo` builds: a catalogue in every UI language, three
courses in Finnish with English translations, the welcoming course also in
Arabic, and learners' progress made through the learning services."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision

from courses.demo_content import welcoming
from courses.models import (
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    StepCompletion,
)
from courses.services import progress_for

TOPICS = {
    "kulttuurien-kohtaaminen": "intercultural",
    "digitaaliset-tyokalut": "digital",
    "uudet-jasenet-tervetulleiksi": "welcoming",
}
WELCOMING = "uudet-jasenet-tervetulleiksi"


def seed():
    call_command("seed_demo", stdout=io.StringIO())


def course(slug: str, language_code: str = "fi") -> CoursePage:
    return CoursePage.objects.get(slug=slug, locale__language_code=language_code)


def locale(language_code: str) -> Locale:
    return Locale.objects.get(language_code=language_code)


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Enrolment.objects.count(),
        StepCompletion.objects.count(),
        CourseCompletion.objects.count(),
    )


# The seeded demo is shared by every demo test (tests/conftest.py `demo_data`);
# each test runs in its own savepoint inside it.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data")]


def test_course_catalogue_exists_in_every_language_under_one_slug():
    catalogues = CourseIndexPage.objects.filter(slug="kurssit", live=True)
    titles = {page.locale.language_code: page.title for page in catalogues}
    assert titles == {"fi": "Kurssit", "sv": "Kurser", "en": "Courses", "ar": "الدورات"}
    assert len({page.translation_key for page in catalogues}) == 1


def test_three_demo_courses_exist_in_finnish_and_english_as_translations():
    for slug, topic in TOPICS.items():
        finnish, english = course(slug, "fi"), course(slug, "en")
        assert finnish.translation_key == english.translation_key
        assert finnish.topic == english.topic == topic
        assert finnish.live and english.live
        assert finnish.title != english.title
        assert finnish.summary and finnish.description and finnish.intended_roles
        assert 3 <= len(finnish.learning_outcomes) <= 5
        assert any(outcome.value["competences"] for outcome in finnish.learning_outcomes)


def test_each_course_has_three_or_four_modules_of_two_or_three_lessons():
    for slug in TOPICS:
        modules = ModulePage.objects.child_of(course(slug)).live()
        assert 3 <= modules.count() <= 4, slug
        for module in modules:
            assert 2 <= LessonPage.objects.child_of(module).live().count() <= 3, module.slug


def test_course_duration_is_the_sum_of_its_lessons():
    for slug in TOPICS:
        lessons = LessonPage.objects.descendant_of(course(slug))
        assert course(slug).estimated_minutes == sum(lesson.estimated_minutes for lesson in lessons)


def test_english_courses_have_every_lesson_of_their_finnish_source():
    for slug in TOPICS:
        finnish_keys = set(LessonPage.objects.descendant_of(course(slug)).values_list("translation_key", flat=True))
        english = LessonPage.objects.descendant_of(course(slug, "en")).live()
        assert set(english.values_list("translation_key", flat=True)) == finnish_keys


def test_welcoming_course_is_complete_in_arabic():
    arabic = course(WELCOMING, "ar")
    assert arabic.translation_key == course(WELCOMING).translation_key
    assert arabic.live and arabic.title == "الترحيب بالأعضاء الجدد في جمعيتك"
    source_lessons = LessonPage.objects.descendant_of(course(WELCOMING))
    arabic_lessons = LessonPage.objects.descendant_of(arabic).live()
    assert set(arabic_lessons.values_list("translation_key", flat=True)) == set(
        source_lessons.values_list("translation_key", flat=True)
    )
    for lesson in arabic_lessons:
        assert any("\u0600" <= char <= "\u06ff" for char in lesson.title), lesson.slug
    assert ModulePage.objects.child_of(arabic).live().count() == len(welcoming.COURSE["modules"])


def test_only_the_welcoming_course_is_translated_into_arabic():
    assert set(CoursePage.objects.filter(locale__language_code="ar").values_list("slug", flat=True)) == {WELCOMING}


def test_translated_lessons_keep_the_block_ids_and_types_of_their_source():
    for source in LessonPage.objects.filter(locale__language_code="fi"):
        source_blocks = [(block.id, block.block_type) for block in source.body]
        for translation in source.get_translations():
            assert [(block.id, block.block_type) for block in translation.specific.body] == source_blocks


def test_every_course_uses_varied_blocks_with_a_video_and_no_uploaded_files():
    for slug in TOPICS:
        block_types = {
            block.block_type for lesson in LessonPage.objects.descendant_of(course(slug)) for block in lesson.body
        }
        assert {"heading", "paragraph", "callout", "reflection", "checklist", "faq", "video"} <= block_types, slug
        assert not block_types & {"image", "audio", "document"}, slug
    all_types = {block.block_type for lesson in LessonPage.objects.all() for block in lesson.body}
    assert "digital_tool" in all_types


def test_videos_have_youtube_addresses_and_transcripts():
    videos = [
        block.value for lesson in LessonPage.objects.all() for block in lesson.body if block.block_type == "video"
    ]
    assert videos
    for video in videos:
        assert video["url"].startswith("https://www.youtube.com/watch?v=")
        assert len(video["transcript"]) > 200


def test_demo_texts_have_no_placeholder_text():
    for page in [*CoursePage.objects.all(), *LessonPage.objects.all()]:
        text = json.dumps(page.specific.serializable_data(), ensure_ascii=False, default=str).lower()
        assert "lorem" not in text and "ipsum" not in text, page.slug


def test_running_seed_demo_again_creates_no_pages_revisions_or_progress():
    before = snapshot()
    seed()
    assert snapshot() == before


def test_changing_one_demo_text_publishes_one_new_revision(monkeypatch):
    lesson_data = welcoming.COURSE["modules"][0]["lessons"][0]
    monkeypatch.setitem(lesson_data, "title", "Avoimen yhdistyksen tunnusmerkit")
    revisions = Revision.objects.count()
    seed()
    assert Revision.objects.count() == revisions + 1
    lesson = LessonPage.objects.get(slug=lesson_data["slug"], locale__language_code="fi")
    assert lesson.title == "Avoimen yhdistyksen tunnusmerkit" and not lesson.has_unpublished_changes


def test_learner_completed_intercultural_encounters_and_is_halfway_through_welcoming():
    learner = get_user_model().objects.get(email="learner@example.org")
    intercultural, welcoming_course = course("kulttuurien-kohtaaminen"), course(WELCOMING)
    completions = CourseCompletion.objects.filter(user=learner)
    assert list(completions.values_list("course_key", flat=True)) == [intercultural.translation_key]

    progress = progress_for(learner, [welcoming_course])[welcoming_course.translation_key]
    assert 0 < progress.done < progress.total and progress.completed_at is None
    enrolment = Enrolment.objects.get(user=learner, course_key=welcoming_course.translation_key)
    assert enrolment.last_step_key is not None and enrolment.last_visited_at is not None
    assert not StepCompletion.objects.filter(user=learner, step_key=enrolment.last_step_key).exists()


def test_learner2_has_started_only_digital_tools():
    learner2 = get_user_model().objects.get(email="learner2@example.org")
    digital = course("digitaaliset-tyokalut")
    assert list(Enrolment.objects.filter(user=learner2).values_list("course_key", flat=True)) == [
        digital.translation_key
    ]
    assert StepCompletion.objects.filter(user=learner2).count() == 1
    assert not CourseCompletion.objects.filter(user=learner2).exists()


def test_demo_association_members_have_progress_for_dashboards():
    members = get_user_model().objects.filter(email__endswith="@demo.kohtaamo.example")
    completed = set(CourseCompletion.objects.filter(user__in=members).values_list("user_id", "course_key"))
    enrolled = set(Enrolment.objects.filter(user__in=members).values_list("user_id", "course_key"))
    assert len({user_id for user_id, _course_key in completed}) >= 5
    assert enrolled - completed, "some members should be part-way through a course"
