"""Dates and times shown to people, in the reader's language.

`moment_day` is a weekday and a date ("to 3.10.2026", "الخميس 3 أكتوبر 2026"),
`moment_clock` a time of day ("17.00"). Both use Django's localised formats
for the active language, with a per-language choice where Django's own
formats do not suit a session listing (a weekday; a 24-hour clock in English
and Arabic, so a range reads "17:00–18:00" and matches the hint that
live-localtime.js adds). Times are in the current time zone (Europe/Helsinki).
Machine-readable values (`datetime=`, `data-*`, exports) never go through
these filters: use `|date:"c"` for them.
"""

from datetime import datetime

from django import template
from django.utils import timezone, translation
from django.utils.dateformat import format as format_date
from django.utils.formats import get_format

register = template.Library()

# Weekday + date per interface language; other languages get "D " + DATE_FORMAT.
DAY_FORMATS = {
    "fi": "D j.n.Y",
    "sv": "D j F Y",
    "en": "D j M Y",
    "ar": "l j F Y",
}
# A time of day; other languages get their TIME_FORMAT.
CLOCK_FORMATS = {"en": "H:i", "ar": "H:i"}


def _local(value):
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _language() -> str:
    return (translation.get_language() or "fi").split("-")[0]


@register.filter
def moment_day(value) -> str:
    """The weekday and date of `value` in the active language; "" for no value."""
    if not value:
        return ""
    fmt = DAY_FORMATS.get(_language()) or f"D {get_format('DATE_FORMAT')}"
    return format_date(_local(value), fmt)


@register.filter
def moment_clock(value) -> str:
    """The time of day of `value` in the active language; "" for no value."""
    if not value:
        return ""
    fmt = CLOCK_FORMATS.get(_language()) or get_format("TIME_FORMAT")
    return format_date(_local(value), fmt)
