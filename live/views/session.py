"""A session's page (standalone, or as a course step inside the course
layout) and the learner's actions on it: register, cancel, download the
.ics, check in. Actions answer with a message and a redirect back."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.services import course_of
from live import calendar, scope, services
from live.forms import CheckInForm
from live.models import Attendance, LiveSessionPage, Registration, RegistrationStatus


def session_context(request, page: LiveSessionPage) -> dict:
    """What the session template needs; `page` may be a translation."""
    session = services.canonical_session(page)
    user = request.user
    now = timezone.now()
    registration = services.registration_of(user, session)
    active = registration if registration is not None and registration.status != RegistrationStatus.CANCELLED else None
    attended = user.is_authenticated and Attendance.objects.filter(user=user, session=session).exists()
    places_left = services.places_left(session)
    is_trainer = scope.is_trainer_of(user, session)
    cancellation = session.cancellation if session.is_cancelled else None
    return {
        "cancellation": cancellation,
        "may_cancel": is_trainer and cancellation is None and not session.is_past(now),
        "base_template": "courses/step_base.html" if course_of(page) else "live/session_base.html",
        "session": session,
        "registration": active,
        "waitlist_position": services.waitlist_position(active) if active else None,
        "join_link": services.join_link_for(user, session, now),
        "places_left": places_left,
        "registration_open": session.live and session.registration_open(now),
        "is_full": places_left == 0,
        "is_past": session.is_past(now),
        "has_started": session.starts_at <= now,
        "check_in_open": session.check_in_open(now),
        "check_in_form": CheckInForm(),
        "attended": attended,
        "is_trainer": is_trainer,
        "trainers": list(session.trainers.all()),
    }


def session_page(request, page: LiveSessionPage):
    if course_of(page) is not None:
        from courses.views.step import step_page

        # The course layout (outline, pager, login) comes from the step view;
        # LiveSessionPage.get_context adds the session's own context.
        return step_page(request, page)
    return TemplateResponse(request, page.get_template(request), page.get_context(request))


def _page(session_id: int) -> LiveSessionPage:
    return get_object_or_404(LiveSessionPage.objects.live(), pk=session_id)


def _back(request, page: LiveSessionPage):
    return redirect(page.get_url(request) or "/")


@login_required
@require_POST
def register(request, session_id: int):
    page = _page(session_id)
    try:
        outcome = services.register(request.user, page)
    except services.LiveError as error:
        messages.error(request, str(error))
        return _back(request, page)
    registration = outcome.registration
    if not outcome.changed:
        messages.info(request, _("You are already registered for this session."))
    elif registration.is_registered:
        messages.success(request, _("You are registered. The join link appears on this page shortly before the start."))
    else:
        messages.info(
            request, _("The session is full: you are on the waiting list. We will e-mail you if a place frees up.")
        )
    return _back(request, page)


@login_required
@require_POST
def cancel(request, registration_id: int):
    # Only one's own registration: anyone else's answers 404.
    registration = get_object_or_404(
        Registration.objects.select_related("session"), pk=registration_id, user=request.user
    )
    page = registration.session
    try:
        outcome = services.cancel(registration)
    except services.LiveError as error:
        messages.error(request, str(error))
        return _back(request, page)
    if outcome.changed:
        messages.success(request, _("Your registration is cancelled."))
    else:
        messages.info(request, _("This registration was already cancelled."))
    return _back(request, page)


def ics(request, session_id: int):
    page = _page(session_id)
    session = services.canonical_session(page)
    registration = services.registration_of(request.user, session)
    include_join = scope.is_trainer_of(request.user, session) or (
        registration is not None and registration.is_registered
    )
    response = HttpResponse(calendar.session_ics(session, include_join=include_join), content_type="text/calendar")
    filename = (slugify(page.title) or "session") + ".ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def check_in(request, session_id: int):
    page = _page(session_id)
    form = CheckInForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Type the session code the trainer gave."))
        return _back(request, page)
    try:
        services.check_in(request.user, page, form.cleaned_data["code"])
    except services.LiveError as error:
        messages.error(request, str(error))
        return _back(request, page)
    if course_of(page) is not None:
        messages.success(request, _("You are checked in. This step of the course is now completed."))
    else:
        messages.success(request, _("You are checked in. Thank you for attending!"))
    return _back(request, page)
