"""The live app's panels on the start page (accounts/start.py):

- the learner's upcoming sessions (registered or on the waiting list, with
  the position), each linking to the session page (join link, calendar);
- a trainer's upcoming sessions, each linking to its participant page
  (attendance, check-in code).

One query each (the waiting-list position is a subquery), whatever the
number of sessions.
"""

from django.urls import reverse
from django.utils import timezone

from accounts.roles import is_staff
from accounts.start import group_names, register_panel
from live.models import LiveSessionPage, Registration, RegistrationStatus
from live.waitlist import with_waitlist_position

MAX_SESSIONS = 5


def my_sessions_context(user, request) -> dict:
    registrations = with_waitlist_position(
        Registration.objects.filter(user=user, session__ends_at__gte=timezone.now(), session__live=True)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("session", "session__cancellation", "session__locale")
        .order_by("session__starts_at")
    )[:MAX_SESSIONS]
    items = [{"registration": r, "session": r.session, "url": r.session.get_url(request)} for r in registrations]
    return {"items": items, "mine_url": reverse("live:my_sessions"), "upcoming_url": reverse("live:upcoming")}


def trains_sessions(user) -> bool:
    """`scope.trains` (staff, the "Live trainers" group, or a trainer of a
    session), from the groups the start page reads once for every panel."""
    from live.authoring import LIVE_TRAINERS

    return is_staff(user) or LIVE_TRAINERS in group_names(user) or user.live_sessions_trained.exists()


def trainings_context(user, request) -> dict:
    sessions = (
        LiveSessionPage.objects.filter(trainers=user, ends_at__gte=timezone.now())
        .select_related("cancellation", "locale")
        .order_by("starts_at")[:MAX_SESSIONS]
    )
    items = [{"session": s, "url": reverse("live:participants", args=[s.pk])} for s in sessions]
    return {"items": items, "trainings_url": reverse("live:my_trainings")}


def register() -> None:
    register_panel(
        "live-my-sessions",
        order=20,
        applies=lambda user: True,
        context=my_sessions_context,
        template="start/panels/live_my_sessions.html",
    )
    register_panel(
        "live-trainings",
        order=310,
        applies=trains_sessions,
        context=trainings_context,
        template="start/panels/live_trainings.html",
    )
