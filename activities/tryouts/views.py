"""Views of the try requests. Thin: forms validate, services act, the scope
queryset (`TryRequest.objects.visible_to`) decides who sees a request.

Public (no account): the request form of a public activity and the
newcomer's status page, found by its unguessable token. For the association:
the inbox and one request's page with the answer and outcome forms; anything
outside the scope answers 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

import audit
from activities.models import TryRequest
from activities.tryouts import guidance, services
from activities.tryouts.activities import public_activity
from activities.tryouts.forms import AnswerForm, OutcomeForm, TryRequestForm
from activities.tryouts.languages import current_newcomer_language, newcomer_languages
from activities.tryouts.phone import display_phone
from activities.tryouts.ratelimits import consume_try_request
from activities.tryouts.retention import retention_months


def consent_text(activity) -> str:
    """The consent the newcomer gives, in the page's (their) language."""
    return _(
        "I agree that %(association)s may contact me about trying this activity. My details are used only for "
        "this, are seen only by the association's contact people and the regional coordinator, and are deleted "
        "at the latest %(months)s months after the first visit."
    ) % {"association": activity.association.name, "months": retention_months()}


@never_cache
def request_form(request, activity_key):
    activity = public_activity(activity_key)
    if request.method == "POST":
        form = TryRequestForm(request.POST, activity=activity, consent_label=consent_text(activity))
        if form.is_valid():
            if not consume_try_request(request, activity):
                return render(
                    request,
                    "activities/tryouts/request_form.html",
                    {"activity": activity, "form": form, "rate_limited": True},
                    status=429,
                )
            data = form.cleaned_data
            try_request = services.send_request(
                activity,
                services.NewRequest(
                    first_name=data["first_name"],
                    language=data["language"],
                    email=data["email"],
                    phone=data["phone"],
                    message=data["message"],
                ),
            )
            return redirect(services.status_path(try_request) + "?sent=1")
    else:
        form = TryRequestForm(
            activity=activity,
            consent_label=consent_text(activity),
            initial={"language": current_newcomer_language()},
        )
    return render(request, "activities/tryouts/request_form.html", {"activity": activity, "form": form})


@never_cache
def status(request, token):
    """The newcomer's view of their request (the token is the only key)."""
    try_request = get_object_or_404(TryRequest.objects.select_related("activity__association"), token=token)
    if request.method == "POST" and request.POST.get("delete") == "1":
        activity = try_request.activity
        services.delete_request(try_request, request=request)
        return render(request, "activities/tryouts/deleted.html", {"activity": activity})
    context = {
        "try_request": try_request,
        "activity": try_request.activity,
        "sent": request.GET.get("sent") == "1",
        "orientation": guidance.orientation(try_request.activity),
    }
    response = render(request, "activities/tryouts/status.html", context)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


def _open_first(queryset):
    return queryset.annotate(
        closed=Case(
            When(answer=TryRequest.Answer.DECLINED, then=Value(1)),
            When(outcome__gt="", then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    ).order_by("closed", "-created_at")


@login_required
@never_cache
def inbox(request):
    requests = _open_first(
        TryRequest.objects.visible_to(request.user).select_related("activity__association__municipality", "answered_by")
    )
    return render(request, "activities/tryouts/inbox.html", {"requests": requests})


def _visible_request(request, pk):
    return get_object_or_404(
        TryRequest.objects.visible_to(request.user).select_related(
            "activity__association__municipality__region", "answered_by"
        ),
        pk=pk,
    )


def _detail(request, try_request, *, answer_form=None, outcome_form=None, status=200):
    # Every showing of a newcomer's details (also with a form error) is in the audit log.
    services.record_access(audit.Action.TRY_REQUEST_VIEWED, try_request, by=request.user, request=request)
    initial = {"answer": try_request.answer or None, "note": try_request.answer_note}
    if try_request.visit_at:
        initial["visit_at"] = try_request.visit_at
    context = {
        "try_request": try_request,
        "activity": try_request.activity,
        "phone": display_phone(try_request.phone),
        "language_name": dict(newcomer_languages()).get(try_request.language, try_request.language),
        "lesson": guidance.preparation_lesson(try_request.activity.association.municipality.region),
        "answer_form": answer_form or AnswerForm(initial=initial, prefix="answer"),
        "outcome_form": outcome_form or OutcomeForm(initial={"outcome": try_request.outcome or None}, prefix="outcome"),
    }
    return render(request, "activities/tryouts/detail.html", context, status=status)


@login_required
@never_cache
def detail(request, pk):
    return _detail(request, _visible_request(request, pk))


@login_required
@require_POST
def answer(request, pk):
    try_request = _visible_request(request, pk)
    form = AnswerForm(request.POST, prefix="answer")
    if not form.is_valid():
        return _detail(request, try_request, answer_form=form, status=400)
    services.answer_request(
        try_request,
        answer=form.cleaned_data["answer"],
        by=request.user,
        visit_at=form.cleaned_data.get("visit_at"),
        note=form.cleaned_data.get("note", ""),
    )
    if try_request.email:
        messages.success(request, _("Your answer is saved and is being sent to the newcomer by e-mail."))
    else:
        messages.success(request, _("Your answer is saved. Remember to call the newcomer: they have no e-mail."))
    return redirect("activities:try_detail", pk=try_request.pk)


@login_required
@require_POST
def outcome(request, pk):
    try_request = _visible_request(request, pk)
    form = OutcomeForm(request.POST, prefix="outcome")
    if not form.is_valid():
        return _detail(request, try_request, outcome_form=form, status=400)
    services.record_outcome(try_request, form.cleaned_data["outcome"])
    messages.success(request, _("The outcome is saved. Thank you!"))
    return redirect("activities:try_detail", pk=try_request.pk)


@login_required
@require_POST
def delete(request, pk):
    try_request = _visible_request(request, pk)
    services.delete_request(try_request, by=request.user, request=request)
    messages.success(request, _("The request is deleted. Only an anonymous count of it is kept."))
    return redirect("activities:try_inbox")
