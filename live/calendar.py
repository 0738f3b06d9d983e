"""iCalendar files: one session (.ics download) and a person's feed.

Times carry TZID=Europe/Helsinki with a VTIMEZONE block, so calendar apps
show them right whatever their own zone. The UID is stable (the session's
translation key), so re-importing updates the event instead of doubling it.
The join link is written only for people registered for the session.

A cancelled session keeps its UID with STATUS:CANCELLED and a higher
SEQUENCE, so calendar apps that imported it mark it cancelled (or drop it).
"""

from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from live.models import LiveSessionPage

PRODID = "-//Kohtaamo//Live trainings//EN"


def _site_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_page_url(page) -> str:
    """The page's address on the public site (Wagtail gives a path when there is one site)."""
    url = page.get_url() or ""
    return url if url.startswith(("http://", "https://")) else _site_url() + url


def session_uid(session: LiveSessionPage) -> str:
    host = urlsplit(_site_url()).hostname or "kohtaamo"
    return f"live-session-{session.translation_key}@{host}"


# SEQUENCE of a scheduled session; calling it off is its one revision.
SEQUENCE_SCHEDULED = 0
SEQUENCE_CANCELLED = 1


def _event(session: LiveSessionPage, *, include_join: bool, now) -> Event:
    zone = ZoneInfo(settings.TIME_ZONE)
    cancelled = session.is_cancelled
    include_join = include_join and not cancelled
    url = absolute_page_url(session)
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", now)
    if cancelled:
        event.add("status", "CANCELLED")
        event.add("sequence", SEQUENCE_CANCELLED)
        event.add("last-modified", session.cancellation.cancelled_at)
    else:
        event.add("status", "CONFIRMED")
        event.add("sequence", SEQUENCE_SCHEDULED)
        event.add("last-modified", session.last_published_at or now)
    event.add("dtstart", session.starts_at.astimezone(zone))
    event.add("dtend", session.ends_at.astimezone(zone))
    event.add("summary", session.title)
    event.add("url", url)
    description = strip_tags(session.description or "").strip()
    lines = [description] if description else []
    lines.append(url)
    if include_join:
        event.add("location", session.join_url)
        lines.append(session.join_url)
    event.add("description", "\n\n".join(lines))
    return event


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def session_ics(session: LiveSessionPage, *, include_join: bool, method_publish: bool = True) -> bytes:
    """One session (`session` is the canonical page: it holds the cancellation)."""
    calendar = _calendar(session.title)
    if method_publish:
        calendar.add("method", "PUBLISH")
    calendar.add_component(_event(session, include_join=include_join, now=timezone.now()))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_ics(name: str, sessions: list[LiveSessionPage]) -> bytes:
    """A person's registered sessions (they are registered, so join links are included)."""
    now = timezone.now()
    calendar = _calendar(name)
    for session in sessions:
        calendar.add_component(_event(session, include_join=True, now=now))
    calendar.add_missing_timezones()
    return calendar.to_ical()
