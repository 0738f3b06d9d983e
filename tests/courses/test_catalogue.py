"""The course catalogue: one entry per course, in the visitor's language,
with filters, search and progress badges."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.services import complete_step, enrol
from tests.courses.factories import LessonPageFactory, translate_tree


@pytest.fixture
def catalogue(make_course_tree):
    """Three courses: one in fi+en+ar, one in fi only, one short digital-tools course."""
    welcoming = make_course_tree(slug="tervetuloa", title="Tervetuloa seuraan", topic="welcoming", estimated_minutes=90)
    translate_tree(welcoming, "en")
    translate_tree(welcoming, "ar")
    cultures = make_course_tree(
        slug="kulttuurit", title="Kulttuurit kohtaavat", topic="intercultural", estimated_minutes=240
    )
    digital = make_course_tree(slug="digi", title="Digityökalut", topic="digital", estimated_minutes=45)
    return {"welcoming": welcoming, "cultures": cultures, "digital": digital}


def titles(response) -> str:
    html = response.content.decode()
    return html.split('class="catalogue-count"')[1]


def test_catalogue_lists_each_course_once(client, catalogue):
    html = titles(client.get(catalogue["welcoming"].index.url))
    assert "3 courses" in html
    assert html.count("Tervetuloa seuraan") == 1
    assert "[en]" not in html and "[ar]" not in html


def test_catalogue_shows_the_visitors_language_or_finnish(client, catalogue):
    en_index = catalogue["welcoming"].translated(catalogue["welcoming"].index, "en")
    html = titles(client.get(en_index.url))
    assert "[en] Tervetuloa seuraan" in html  # translated
    assert "Kulttuurit kohtaavat" in html and "[en] Kulttuurit" not in html  # Finnish fallback
    assert 'href="/fi/kurssit/kulttuurit/?lang=en"' in html  # the Finnish course, the English interface kept


def test_unpublished_course_is_not_listed(client, catalogue):
    catalogue["digital"].course.unpublish()
    html = titles(client.get(catalogue["welcoming"].index.url))
    assert "Digityökalut" not in html and "2 courses" in html


def test_filter_by_topic(client, catalogue):
    html = titles(client.get(catalogue["welcoming"].index.url, {"topic": "digital"}))
    assert "Digityökalut" in html and "Tervetuloa" not in html and "Kulttuurit" not in html


def test_filter_by_language_shows_courses_in_that_language(client, catalogue):
    html = titles(client.get(catalogue["welcoming"].index.url, {"language": "ar"}))
    assert "1 course" in html
    assert "[ar] Tervetuloa seuraan" in html


@pytest.mark.parametrize(
    ("duration", "expected"),
    [("short", "Digityökalut"), ("medium", "Tervetuloa seuraan"), ("long", "Kulttuurit kohtaavat")],
)
def test_filter_by_duration(client, catalogue, duration, expected):
    html = titles(client.get(catalogue["welcoming"].index.url, {"duration": duration}))
    assert "1 course" in html and expected in html


def test_search_finds_a_course_by_its_text(client, catalogue):
    html = titles(client.get(catalogue["welcoming"].index.url, {"q": "Digityökalut"}))
    assert "Digityökalut" in html and "Tervetuloa" not in html


def test_search_hit_in_a_lesson_shows_its_course(client, catalogue):
    module = catalogue["cultures"].modules[0]
    LessonPageFactory(parent=module, title="Selkokieli harjoituksissa", slug="selkokieli", intro="Selkokieli")
    html = titles(client.get(catalogue["welcoming"].index.url, {"q": "selkokieli"}))
    assert "Kulttuurit kohtaavat" in html and "1 course" in html
    assert "Matching lessons: Selkokieli harjoituksissa" in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": '"'},
        {"q": "*"},
        {"q": "AND ( OR"},
        {"q": "x" * 5000},
        {"topic": "nonsense"},
        {"language": "xx"},
        {"duration": "forever"},
        {"q": "\x00"},
    ],
)
def test_bad_filter_values_never_break_the_catalogue(client, catalogue, params):
    assert client.get(catalogue["welcoming"].index.url, params).status_code == 200


def test_learner_sees_progress_badges(client, catalogue, learner):
    complete_step(learner, catalogue["welcoming"].lessons[0])
    for lesson in catalogue["digital"].lessons:
        complete_step(learner, lesson)
    client.force_login(learner)
    html = titles(client.get(catalogue["welcoming"].index.url))
    assert "In progress: 25 %" in html
    assert html.count("badge-done") == 1


def test_catalogue_query_count_does_not_grow_with_courses(client, make_course_tree, learner):
    first = make_course_tree(slug="yksi", title="Yksi")
    enrol(learner, first.course)
    client.force_login(learner)
    client.get(first.index.url)
    with CaptureQueriesContext(connection) as one_course:
        client.get(first.index.url)
    for n in range(3):
        tree = make_course_tree(slug=f"lisa-{n}", title=f"Lisä {n}")
        translate_tree(tree, "en")
        enrol(learner, tree.course)
        complete_step(learner, tree.lessons[0])
    client.get(first.index.url)  # publishing renewed the content version: route the URL again once
    with CaptureQueriesContext(connection) as four_courses:
        client.get(first.index.url)
    assert len(four_courses) == len(one_course)
