"""Shared date and language filters: weekday+date and clock in the reader's
language; lang/dir attributes only for content in another language."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from training.templatetags.moments import moment_clock, moment_day

EVENING = datetime(2027, 10, 7, 14, 0, tzinfo=ZoneInfo("UTC"))  # 17:00 in Helsinki


@pytest.fixture(autouse=True)
def helsinki():
    with timezone.override("Europe/Helsinki"):
        yield


def test_finnish_day_is_weekday_and_short_date():
    with translation.override("fi"):
        assert moment_day(EVENING).endswith(" 7.10.2027")


def test_finnish_clock_uses_the_finnish_separator():
    with translation.override("fi"):
        assert moment_clock(EVENING) == "17.00"


@pytest.mark.parametrize("language", ["en", "ar", "sv"])
def test_clock_is_24_hour_with_a_colon_elsewhere(language):
    with translation.override(language):
        assert moment_clock(EVENING) == "17:00"


def test_arabic_day_names_the_month_in_arabic():
    with translation.override("ar"):
        assert "أكتوبر" in moment_day(EVENING)


def render(source, language):
    with translation.override(language):
        return Template("{% load content_language %}<p{% content_lang source %}>x</p>").render(
            Context({"source": source})
        )


def test_content_in_another_language_gets_lang_and_dir():
    assert render("fi", "ar") == '<p lang="fi" dir="ltr">x</p>'


def test_arabic_content_on_a_finnish_page_gets_rtl():
    assert render("ar", "fi") == '<p lang="ar" dir="rtl">x</p>'


def test_content_in_the_interface_language_gets_nothing():
    assert render("fi", "fi") == "<p>x</p>"


def test_free_text_in_the_default_language_gets_dir_auto():
    with translation.override("ar"):
        html = Template("{% load content_language %}<p{% content_lang %}>x</p>").render(Context())
    assert html == '<p lang="fi" dir="auto">x</p>'
