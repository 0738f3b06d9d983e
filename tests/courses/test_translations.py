"""A course translated into other languages is one course: progress is shared,
and every page shows the learner's language where it exists."""

import pytest

from courses.services import complete_step, enrol
from tests.courses.factories import translate_tree


@pytest.fixture
def translated(course_tree):
    translate_tree(course_tree, "en")
    return course_tree


def test_a_lesson_done_in_finnish_is_done_in_english(client, translated, learner):
    complete_step(learner, translated.lessons[0])
    en_course = translated.translated(translated.course, "en")
    en_lesson = translated.translated(translated.lessons[1], "en")
    client.force_login(learner)
    course_html = client.get(en_course.url).content.decode()
    assert course_html.count('class="syllabus-step is-done"') == 1
    lesson_html = client.get(en_lesson.url).content.decode()
    assert lesson_html.count('class="outline-step is-done"') == 1


def test_a_lesson_done_in_english_completes_the_finnish_course(client, translated, learner):
    client.force_login(learner)
    en_course = translated.translated(translated.course, "en")
    for lesson in translated.lessons:
        en_lesson = translated.translated(lesson, "en")
        client.post(f"/en/learning/courses/{en_course.pk}/steps/{en_lesson.pk}/done/")
    html = client.get(translated.course.url).content.decode()
    assert "You completed this course on" in html


def test_english_outline_shows_english_titles_and_links(client, translated, learner):
    client.force_login(learner)
    en_lesson = translated.translated(translated.lessons[0], "en")
    html = client.get(en_lesson.url).content.decode()
    for lesson in translated.lessons:
        en = translated.translated(lesson, "en")
        assert f'href="{en.url}"' in html and en.url.startswith("/en/")
        assert en.title in html


def test_untranslated_lesson_falls_back_to_finnish_in_the_outline(client, translated, make_course_tree, learner):
    from tests.courses.factories import LessonPageFactory

    extra = LessonPageFactory(parent=translated.modules[0], title="Vain suomeksi", slug="vain-suomeksi")
    client.force_login(learner)
    html = client.get(translated.translated(translated.course, "en").url).content.decode()
    assert f'href="{extra.url}"' in html and extra.url.startswith("/fi/")


def test_enrolment_in_one_language_counts_in_another(client, translated, learner):
    enrol(learner, translated.translated(translated.course, "en"))
    client.force_login(learner)
    html = client.get(translated.course.url).content.decode()
    assert "Start the course" in html


def test_course_page_lists_its_languages(client, translated):
    html = client.get(translated.course.url).content.decode()
    en_course = translated.translated(translated.course, "en")
    assert f'href="{en_course.url}" lang="en" hreflang="en"' in html
