"""`from_iso`: a date or datetime kept as an ISO 8601 string (a notification's
JSON params) back as a date or an aware datetime, so a template formats it
with Django's localised formats in the language and time zone of the moment
(`{{ params.starts_at|from_iso|date:"DATETIME_FORMAT" }}`)."""

from datetime import date, datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def from_iso(value):
    """The date (for "YYYY-MM-DD") or aware datetime; "" for anything unreadable
    (a notification must still render when a param is missing)."""
    if isinstance(value, date):
        return value
    try:
        text = str(value or "")
        if len(text) == 10:
            return date.fromisoformat(text)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return ""
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)
