"""The language switcher never leads to a 404: a page without a translation in
the chosen language is shown as it exists, with the interface in the chosen
language, its content marked with its own language and a one-line notice."""

import re

import pytest
from django.test import Client

from tests.courses.factories import translate_tree

SWITCHER = re.compile(r'<nav class="language-switcher.*?</nav>', re.S)
HREF = re.compile(r'href="([^"]+)"')


def switcher_links(html: str) -> list[str]:
    return [link.replace("&amp;", "&") for link in HREF.findall(SWITCHER.search(html).group(0))]


def html_lang(html: str) -> str:
    return re.search(r'<html lang="([^"]+)"', html).group(1)


@pytest.fixture
def finnish_and_english_course(course_tree):
    """The course in Finnish and English only; the catalogue and home exist in every language (demo tree)."""
    translate_tree(course_tree, "en")
    return course_tree


def test_switcher_link_for_a_missing_translation_keeps_the_page_and_names_the_language(
    client, finnish_and_english_course
):
    course = finnish_and_english_course.course
    links = switcher_links(client.get(course.url).content.decode())
    assert f"{course.url}?lang=sv" in links
    assert finnish_and_english_course.translated(course, "en").url in links


def test_course_without_swedish_answers_with_the_swedish_interface_and_a_notice(client, finnish_and_english_course):
    course = finnish_and_english_course.course
    response = client.get(f"{course.url}?lang=sv")
    assert response.status_code == 200
    html = response.content.decode()
    assert html_lang(html) == "sv"
    assert '<h1 lang="fi" dir="ltr">' in html
    assert "This course is not yet available in Swedish." in html


def test_arabic_interface_marks_finnish_content_left_to_right(client, finnish_and_english_course):
    html = client.get(f"{finnish_and_english_course.course.url}?lang=ar").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 lang="fi" dir="ltr">' in html


def test_interface_language_parameter_redirects_to_an_existing_translation(client, finnish_and_english_course):
    course = finnish_and_english_course.course
    response = client.get(f"{course.url}?lang=en")
    assert response.status_code == 302
    assert response["Location"] == finnish_and_english_course.translated(course, "en").url


def test_unknown_interface_language_is_ignored(client, finnish_and_english_course):
    response = client.get(f"{finnish_and_english_course.course.url}?lang=xx")
    assert response.status_code == 200
    assert html_lang(response.content.decode()) == "fi"


def test_swedish_catalogue_links_a_finnish_course_without_switching_to_finnish(client, finnish_and_english_course):
    from wagtail.models import Locale

    index = finnish_and_english_course.index
    swedish = Locale.objects.get(language_code="sv")
    swedish_catalogue = index.get_translation_or_none(swedish) or index.copy_for_translation(swedish, copy_parents=True)
    swedish_catalogue.save_revision().publish()
    swedish_catalogue.refresh_from_db()
    html = client.get(swedish_catalogue.url).content.decode()
    assert f'href="{finnish_and_english_course.course.url}?lang=sv"' in html


def test_lesson_without_translation_keeps_the_interface_for_the_learner(client, finnish_and_english_course, learner):
    client.force_login(learner)
    lesson = finnish_and_english_course.lessons[0]
    response = client.get(f"{lesson.url}?lang=sv")
    assert response.status_code == 200
    assert html_lang(response.content.decode()) == "sv"


@pytest.mark.django_db
def test_no_switcher_link_on_a_demo_page_answers_404(demo_data):
    """A small crawl: the switcher of home, catalogue, a course, a lesson and a
    live session page, in the four languages, as a learner."""
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from courses.models import CourseIndexPage, CoursePage, LessonPage
    from live.models import LiveSessionPage

    browser = Client()
    browser.force_login(get_user_model().objects.get(email="learner@example.org"))
    starts = ["/fi/", "/sv/", "/en/", "/ar/"]
    for model in (CourseIndexPage, CoursePage, LessonPage, LiveSessionPage):
        starts += [page.url for page in model.objects.live().order_by("path")[:1]]
        for code, _name in settings.SITE_LANGUAGES:
            starts += [
                page.url for page in model.objects.live().filter(locale__language_code=code).order_by("path")[:1]
            ]
    checked, failures = set(), []
    for start in dict.fromkeys(starts):
        response = browser.get(start, follow=True)
        assert response.status_code == 200, start
        for link in switcher_links(response.content.decode()):
            if link in checked:
                continue
            checked.add(link)
            status = browser.get(link, follow=True).status_code
            if status != 200:
                failures.append(f"{start} → {link}: {status}")
    assert len(checked) >= 8
    assert failures == []
