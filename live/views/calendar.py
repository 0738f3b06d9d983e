"""The event calendar: upcoming live sessions, filterable by language and topic.

What the calendar lists of each session (title, times, language, topic,
platform, the page shown and its address) comes from published pages only, so
the listing is kept under the content version (`training.content_version`:
every publish, unpublish, move, view-restriction and Site change renews it),
per host and language. A request then reads only which of the listed sessions
are cancelled (a cancellation is a row, not a publish) and drops the sessions
that have ended since the listing was made: two queries in all (the calendar
page and the cancellations), none for a stored listing with no sessions.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from live.forms import SessionFilterForm
from live.models import LiveSessionIndexPage, LiveSessionPage, SessionCancellation
from training import content_version


def upcoming_sessions(filters: dict, now=None, current: Locale | None = None):
    """Live sessions that have not ended, soonest first, one per session:
    the page in the current language when translated, else the canonical one.
    A fixed number of queries: the sessions come with their locale (the
    template's `content_lang`) and cancellation, the translations with theirs."""
    now = now or timezone.now()
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    sessions = LiveSessionPage.objects.live().public().filter(ends_at__gte=now)
    # Hide a translation when its default-language page is listed.
    sessions = sessions.exclude(
        Exists(
            Page.objects.filter(
                translation_key=OuterRef("translation_key"), locale__language_code=default, live=True
            ).exclude(pk=OuterRef("pk"))
        )
    )
    if "language" in filters:
        sessions = sessions.filter(language=filters["language"])
    if "topic" in filters:
        sessions = sessions.filter(topic=filters["topic"])
    sessions = list(sessions.order_by("starts_at", "pk").select_related("cancellation", "locale"))
    # Translations of the listed sessions in the current language, when they exist.
    current = current or Locale.get_active()
    translated = {
        page.translation_key: page
        for page in LiveSessionPage.objects.live()
        .filter(locale=current, translation_key__in=[s.translation_key for s in sessions])
        .select_related("locale")
    }
    return [(session, translated.get(session.translation_key, session)) for session in sessions]


@dataclass(frozen=True)
class ListedSession:
    """One session of the stored listing: the listed (canonical) session's
    facts and the title, language and address of the page shown for it."""

    pk: int
    starts_at: datetime
    ends_at: datetime
    language: str
    topic: str
    platform: str
    title: str
    language_code: str  # of the page shown: what `{% content_lang %}` reads
    url: str | None


@dataclass(frozen=True)
class CalendarRow:
    """What the template shows of a session on this request."""

    listed: ListedSession
    is_cancelled: bool
    language_label: str
    topic_label: str
    platform_label: str


def _listing(request, current: Locale | None) -> list[ListedSession]:
    """Every upcoming session as the calendar lists it (no filters), stored
    under the content version per host and interface language."""

    def build():
        return [
            ListedSession(
                pk=session.pk,
                starts_at=session.starts_at,
                ends_at=session.ends_at,
                language=session.language,
                topic=session.topic or "",
                platform=session.platform,
                title=shown.title,
                language_code=shown.locale.language_code,
                url=shown.get_url(request),
            )
            for session, shown in upcoming_sessions({}, current=current or Locale.get_active())
        ]

    key = f"live:calendar:{request.get_host()}:{current.language_code if current else get_language()}"
    return content_version.remembered(key, build)


def _labels(field_name: str) -> dict:
    return dict(LiveSessionPage._meta.get_field(field_name).flatchoices)


def calendar_rows(request, filters: dict, current: Locale | None = None, now=None) -> list[CalendarRow]:
    """The upcoming sessions matching `filters`, soonest first, as
    `upcoming_sessions` lists them, with their cancellation read now."""
    now = now or timezone.now()
    listed = [
        s
        for s in _listing(request, current)
        if s.ends_at >= now
        and ("language" not in filters or s.language == filters["language"])
        and ("topic" not in filters or s.topic == filters["topic"])
    ]
    cancelled = set()
    if listed:
        cancellations = SessionCancellation.objects.filter(session_id__in=[s.pk for s in listed])
        cancelled = set(cancellations.values_list("session_id", flat=True))
    languages, topics, platforms = _labels("language"), _labels("topic"), _labels("platform")
    return [
        CalendarRow(
            listed=s,
            is_cancelled=s.pk in cancelled,
            language_label=languages.get(s.language, s.language),
            topic_label=topics.get(s.topic, s.topic) if s.topic else "",
            platform_label=platforms.get(s.platform, s.platform),
        )
        for s in listed
    ]


def session_calendar(request, index_page: LiveSessionIndexPage | None = None, current: Locale | None = None):
    form = SessionFilterForm(request.GET or None)
    filters = form.filters()
    rows = calendar_rows(request, filters, current)
    context = {"page": index_page, "form": form, "rows": rows, "filtered": bool(filters)}
    return TemplateResponse(request, "live/live_session_index_page.html", context)


def _calendar_page() -> LiveSessionIndexPage | None:
    """The live calendar page in the active locale, if any (under the content version)."""

    def build():
        return LiveSessionIndexPage.objects.live().filter(locale=Locale.get_active()).select_related("locale").first()

    return content_version.remembered(f"live:calendar-page:{get_language()}", build)


def upcoming(request):
    """The calendar at a fixed URL (the nav link), whether or not a calendar page exists."""
    return session_calendar(request, _calendar_page())
