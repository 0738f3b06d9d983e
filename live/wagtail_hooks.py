"""Wagtail admin for session authors:

- "Participants" and "Cancel this session" buttons on session pages (page
  listing "more" menu and page header);
- deleting a session page (or a course, module or calendar page above it)
  with attendance is refused with a message: attendance is history that
  counts toward courses, readiness and reports (Attendance.session is also
  PROTECT, the backstop for code paths outside the admin).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import widgets

from live.models import Attendance, LiveSessionPage
from live.scope import is_trainer_of, may_view_participants
from live.services import canonical_session


def _participants_button(page, user, priority: int):
    if page.specific_class is not LiveSessionPage or not may_view_participants(user, page):
        return
    yield widgets.Button(
        _("Participants"), reverse("live:participants", args=[page.pk]), icon_name="group", priority=priority
    )


def _cancel_button(page, user, priority: int):
    if page.specific_class is not LiveSessionPage or not is_trainer_of(user, page):
        return
    session = canonical_session(page.specific)
    if session.is_cancelled or session.is_past(timezone.now()):
        return
    yield widgets.Button(
        _("Cancel this session"), reverse("live:cancel_session", args=[page.pk]), icon_name="cross", priority=priority
    )


@hooks.register("register_page_listing_more_buttons")
def participants_listing_button(page, user, next_url=None):
    yield from _participants_button(page, user, priority=25)
    yield from _cancel_button(page, user, priority=26)


@hooks.register("register_page_header_buttons")
def participants_header_button(page, user, view_name, next_url=None):
    yield from _participants_button(page, user, priority=40)
    yield from _cancel_button(page, user, priority=41)


# -- deletion ---------------------------------------------------------------------


def attended_sessions_in(pages) -> list[tuple[LiveSessionPage, int]]:
    """Session pages among `pages` and their descendants that have attendance,
    with the number of people who attended (two queries)."""
    tree = LiveSessionPage.objects.none()
    for page in pages:
        tree = tree | LiveSessionPage.objects.descendant_of(page, inclusive=True)
    counts: dict[int, int] = {}
    for session_id in Attendance.objects.filter(session__in=tree.values("pk")).values_list("session_id", flat=True):
        counts[session_id] = counts.get(session_id, 0) + 1
    sessions = LiveSessionPage.objects.filter(pk__in=counts).order_by("path")
    return [(session, counts[session.pk]) for session in sessions]


def _refusal(sessions: list[tuple[LiveSessionPage, int]]) -> str:
    session, count = sessions[0]
    message = ngettext(
        "“%(title)s” cannot be deleted: %(count)s person attended it, and attendance counts toward courses "
        "and reports. Unpublish the page instead; a session that has not taken place can be cancelled.",
        "“%(title)s” cannot be deleted: %(count)s people attended it, and attendance counts toward courses "
        "and reports. Unpublish the page instead; a session that has not taken place can be cancelled.",
        count,
    ) % {"title": session.title, "count": count}
    if len(sessions) > 1:
        message += " " + _("%(count)s more sessions below it have attendance too.") % {"count": len(sessions) - 1}
    return message


@hooks.register("before_delete_page")
def refuse_deleting_attended_sessions(request, page):
    sessions = attended_sessions_in([page])
    if not sessions:
        return None
    messages.error(request, _refusal(sessions))
    parent = page.get_parent()
    return redirect("wagtailadmin_explore", parent.pk if parent else page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_attended_sessions(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    pages = [obj for obj in objects if hasattr(obj, "path") and hasattr(obj, "depth")]
    sessions = attended_sessions_in(pages) if pages else []
    if not sessions:
        return None
    messages.error(request, _refusal(sessions))
    return redirect(request.GET.get("next") or reverse("wagtailadmin_home"))
