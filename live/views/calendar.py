"""The event calendar: upcoming live sessions, filterable by language and topic."""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from live.forms import SessionFilterForm
from live.models import LiveSessionIndexPage, LiveSessionPage


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


def session_calendar(request, index_page: LiveSessionIndexPage | None = None, current: Locale | None = None):
    form = SessionFilterForm(request.GET or None)
    rows = upcoming_sessions(form.filters(), current=current)
    context = {"page": index_page, "form": form, "rows": rows, "filtered": bool(form.filters())}
    return TemplateResponse(request, "live/live_session_index_page.html", context)


def upcoming(request):
    """The calendar at a fixed URL (the nav link), whether or not a calendar page exists."""
    current = Locale.get_active()
    index_page = LiveSessionIndexPage.objects.live().filter(locale=current).select_related("locale").first()
    return session_calendar(request, index_page, current)
