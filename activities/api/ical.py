"""An activity's weekly schedule as iCalendar (RFC 5545): one VEVENT per
weekly time with a WEEKLY RRULE bounded by the season and an EXDATE for each
cancelled date, in Europe/Helsinki with its VTIMEZONE, so calendar apps show
the right local time whatever their own zone.

Nothing in it changes between two requests unless the activity did (DTSTAMP is
the activity's last change, the UID is per weekly time): the ETag is stable
and a re-import updates the events instead of doubling them."""

import datetime
import html
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from activities.presentation import text_of

PRODID = "-//Kohtaamo//Hobby activities//EN"
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _first_on_or_after(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _event(activity, session, *, zone, title: str, description: str, page_url: str, host: str) -> Event | None:
    """The weekly time's event, or None when the season ends before its first meeting."""
    anchor = activity.season_starts or activity.created_at.astimezone(zone).date()
    first = _first_on_or_after(anchor, session.weekday)
    if activity.season_ends and first > activity.season_ends:
        return None
    event = Event()
    event.add("uid", f"activity-{activity.pk}-time-{session.pk}@{host}")
    event.add("dtstamp", activity.updated_at)
    event.add("last-modified", activity.updated_at)
    event.add("dtstart", datetime.datetime.combine(first, session.starts_at, tzinfo=zone))
    event.add("dtend", datetime.datetime.combine(first, session.ends_at, tzinfo=zone))
    rule = {"freq": "weekly", "byday": BYDAY[session.weekday]}
    if activity.season_ends:
        # UNTIL is in UTC when DTSTART has a TZID (RFC 5545 3.3.10): the season's last minute.
        last = datetime.datetime.combine(activity.season_ends, datetime.time(23, 59, 59), tzinfo=zone)
        rule["until"] = last.astimezone(datetime.UTC)
    event.add("rrule", rule)
    cancelled = [
        datetime.datetime.combine(exception.date, session.starts_at, tzinfo=zone)
        for exception in activity.exceptions.all()
        if exception.date.weekday() == session.weekday and exception.date >= first
    ]
    if cancelled:
        event.add("exdate", cancelled)
    event.add("summary", title)
    event.add("url", page_url)
    place = ", ".join(part for part in (activity.address, activity.municipality.name) if part)
    event.add("location", place)
    event.add("description", "\n\n".join(part for part in (description, page_url) if part))
    return event


def schedule_ics(activity, *, lang: str, page_url: str, host: str) -> bytes:
    """The activity's calendar in `lang` (title and description as the API's JSON gives them)."""
    zone = ZoneInfo(settings.TIME_ZONE)
    text = text_of(activity, lang)
    description = html.unescape(strip_tags(text.description or "")).strip()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", text.title)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for session in activity.sessions.all():
        event = _event(
            activity, session, zone=zone, title=text.title, description=description, page_url=page_url, host=host
        )
        if event is not None:
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
