"""The learner's own sessions and their personal calendar feed."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from live import calendar, services
from live.models import Attendance, CalendarFeed, LiveSessionPage, Registration, RegistrationStatus
from live.waitlist import with_waitlist_position

# The feed keeps recently ended sessions so that calendars do not drop them at once.
FEED_PAST_DAYS = 30


def _feed_url(request, feed: CalendarFeed) -> str:
    return request.build_absolute_uri(reverse("live:feed", args=[feed.token]))


@login_required
def my_sessions(request):
    now = timezone.now()
    registrations = with_waitlist_position(
        Registration.objects.filter(user=request.user, session__ends_at__gte=now)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("session", "session__cancellation")
        .order_by("session__starts_at")
    )
    attended = Attendance.objects.filter(user=request.user).select_related("session").order_by("-session__starts_at")
    context = {
        "registrations": registrations,
        "attended": attended,
        "feed_url": _feed_url(request, services.feed_of(request.user)),
    }
    return TemplateResponse(request, "live/my_sessions.html", context)


@login_required
@require_POST
def revoke_feed(request):
    services.revoke_feed(request.user)
    messages.success(request, _("The old calendar address no longer works. Add the new one to your calendar app."))
    return redirect("live:my_sessions")


def feed(request, token: str):
    """The secret feed: no login (calendar apps cannot log in); a revoked or unknown token is 404."""
    feed = CalendarFeed.objects.filter(token=token, revoked_at__isnull=True).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404
    since = timezone.now() - timedelta(days=FEED_PAST_DAYS)
    sessions = (
        LiveSessionPage.objects.filter(
            registrations__user=feed.user,
            registrations__status=RegistrationStatus.REGISTERED,
            live=True,
            ends_at__gte=since,
        )
        .select_related("cancellation")
        .order_by("starts_at")
    )
    body = calendar.feed_ics(_("Kohtaamo live trainings"), list(sessions))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
