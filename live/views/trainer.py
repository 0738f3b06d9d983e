"""The trainer's pages: my sessions, a session's participants (by
association, with attendance marking) and the CSV export.

Scope (live/scope.py, the one place for it): trainers of the session and
staff see and manage everyone; coordinators and association contacts see
their own associations' members, read-only; anyone else gets 404.
"""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

import audit
from live import scope, services
from live.export import participants_csv
from live.forms import AttendanceForm, CancelSessionForm
from live.models import LiveSessionPage, RegistrationStatus
from live.participants import participant_list

# Recently ended sessions stay on the trainer's page for marking attendance.
RECENT_DAYS = 14


@login_required
def my_trainings(request):
    now = timezone.now()
    sessions = scope.sessions_visible_to(request.user).filter(ends_at__gte=now - timedelta(days=RECENT_DAYS))
    # A subquery keeps the counts right despite the distinct() join above.
    sessions = (
        LiveSessionPage.objects.filter(pk__in=sessions.values("pk"))
        .annotate(
            registered_count=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.REGISTERED), distinct=True
            ),
            waitlisted_count=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.WAITLISTED), distinct=True
            ),
            attended_count=Count("attendances", distinct=True),
        )
        .select_related("cancellation")
    )
    upcoming = [s for s in sessions.order_by("starts_at") if s.ends_at >= now]
    recent = [s for s in sessions.order_by("-starts_at") if s.ends_at < now]
    if not upcoming and not recent and not scope.may_see_trainings(request.user):
        raise Http404
    return TemplateResponse(request, "live/my_trainings.html", {"upcoming": upcoming, "recent": recent, "now": now})


def _visible_session(request, session_id: int) -> LiveSessionPage:
    session = get_object_or_404(LiveSessionPage, pk=session_id)
    if not scope.may_view_participants(request.user, session):
        raise Http404
    return services.canonical_session(session)


@login_required
def participants(request, session_id: int):
    session = _visible_session(request, session_id)
    people = participant_list(request.user, session)
    form = AttendanceForm(participants=people.registered) if people.manages else None
    if request.method == "POST":
        if not people.manages:
            raise Http404
        form = AttendanceForm(request.POST, participants=people.registered)
        if form.is_valid():
            added, removed = services.mark_attendance(request.user, session, set(form.cleaned_data["attended"]))
            messages.success(
                request,
                _("Attendance saved: %(added)s marked present, %(removed)s unmarked.")
                % {"added": added, "removed": removed},
            )
            return redirect("live:participants", session.pk)
        messages.error(request, _("Attendance was not saved: choose people from the list."))
    context = {"session": session, "people": people, "form": form, "now": timezone.now()}
    if people.manages:
        context["check_in_code"] = services.code_of(session)
    return TemplateResponse(request, "live/participants.html", context)


@login_required
def export(request, session_id: int):
    session = _visible_session(request, session_id)
    body = participants_csv(participant_list(request.user, session))
    audit.record(audit.Action.PARTICIPANTS_EXPORTED, actor=request.user, target=session, request=request)
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    filename = f"{slugify(session.title) or 'session'}-{timezone.localdate(session.starts_at):%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def cancel_session(request, session_id: int):
    """Call a session off: a confirm page with the reason (GET), then POST.
    Trainers of the session and staff only; anyone else gets 404."""
    session = get_object_or_404(LiveSessionPage, pk=session_id)
    if not scope.is_trainer_of(request.user, session):
        raise Http404
    session = services.canonical_session(session)
    if session.is_cancelled:
        messages.info(request, _("This session is already cancelled."))
        return redirect(session.get_url(request) or "/")
    form = CancelSessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            outcome = services.cancel_session(request.user, session, form.cleaned_data["reason"])
        except services.LiveError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                ngettext(
                    "The session is cancelled. %(count)s person registered or waiting is informed by e-mail.",
                    "The session is cancelled. %(count)s people registered or waiting are informed by e-mail.",
                    outcome.notified,
                )
                % {"count": outcome.notified},
            )
            return redirect(session.get_url(request) or "/")
    people = services.people_to_inform(session)
    context = {"session": session, "form": form, "people": people, "is_past": session.is_past()}
    return TemplateResponse(request, "live/cancel_session.html", context)


@login_required
@require_POST
def new_code(request, session_id: int):
    session = _visible_session(request, session_id)
    if not scope.is_trainer_of(request.user, session):
        raise Http404
    services.new_check_in_code(request.user, session)
    messages.success(request, _("The session has a new check-in code; the old one no longer works."))
    return redirect("live:participants", session.pk)
