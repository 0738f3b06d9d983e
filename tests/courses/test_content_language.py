"""A course card in another language than the interface carries the course's
language (WCAG 3.1.2) and direction; durations use plural forms."""

import re

import pytest
from django.utils import translation

from courses.templatetags.courses_tags import duration
from tests.courses.factories import translate_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_catalogue(make_course_tree):
    """One course in fi+ar, one in Finnish only; the Arabic catalogue page."""
    welcoming = make_course_tree(slug="tervetuloa", title="Tervetuloa seuraan", topic="welcoming")
    translate_tree(welcoming, "ar", title_prefix="مرحبا ")
    make_course_tree(slug="kulttuurit", title="Kulttuurit kohtaavat", topic="intercultural")
    return welcoming.translated(welcoming.index, "ar")


def test_finnish_only_course_card_in_the_arabic_catalogue_is_marked_finnish(client, arabic_catalogue):
    html = client.get(arabic_catalogue.url).content.decode()
    assert re.search(r'<h2 class="h4 card-title" lang="fi" dir="ltr"><a href="[^"]+">Kulttuurit kohtaavat</a>', html)


def test_arabic_course_card_in_the_arabic_catalogue_has_no_other_language(client, arabic_catalogue):
    html = client.get(arabic_catalogue.url).content.decode()
    assert re.search(r'<h2 class="h4 card-title"><a href="[^"]+">مرحبا Tervetuloa seuraan</a>', html)


def test_duration_counts_hours_with_plural_forms(monkeypatch):
    """The hour unit goes through ngettext with the count (Arabic has six plural forms)."""
    seen = []
    monkeypatch.setattr(
        "courses.templatetags.courses_tags.ngettext", lambda s, p, n: seen.append((s, n)) or (s if n == 1 else p)
    )
    with translation.override("ar"):
        duration(150)
    assert ("%(hours)d h", 2) in seen and ("%(minutes)d min", 30) in seen


def test_duration_reads_hours_and_minutes():
    with translation.override("en"):
        assert duration(90) == "1 h 30 min"
