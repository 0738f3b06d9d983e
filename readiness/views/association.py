"""The readiness page of one association, for its contact and its region's
coordinator (and staff). Looking needs `overseen_by`; changing the evidence
needs `managed_by` (the contact); reviewing needs to be the region's
coordinator or staff. Anything outside the scope answers 404."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Avg, Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from associations.models import Association
from readiness import queries, reporting, services
from readiness.evaluation import evaluate
from readiness.forms import ContactsForm, MeasuresForm, PlanForm, ReviewForm
from readiness.models import ReadinessEvent, SelfAssessmentAnswer, Status
from readiness.statements import STATEMENTS
from training.pagination import pagination_context
from training.storage import storage_errors

logger = logging.getLogger(__name__)
OVERVIEW_PAGE_SIZE = 25  # associations per page of the overview
SEARCH_MAX_LENGTH = 100


def _overseen(request, slug) -> Association:
    return get_object_or_404(Association.objects.overseen_by(request.user).select_related("municipality"), slug=slug)


def _managed(request, slug) -> Association:
    return get_object_or_404(Association.objects.managed_by(request.user), slug=slug)


def _reviewable(request, slug) -> Association:
    return get_object_or_404(Association.objects.reviewable_by(request.user), slug=slug)


def _page_url(association) -> str:
    return reverse("readiness:association", kwargs={"slug": association.slug})


def self_assessment_results(association) -> list[dict]:
    """Per statement: how many answered and the average rating (aggregated, no one's own answers)."""
    rows = {
        row["statement"]: row
        for row in SelfAssessmentAnswer.objects.filter(association=association)
        .values("statement")
        .annotate(count=Count("pk"), average=Avg("rating"))
    }
    scale = dict(SelfAssessmentAnswer.Rating.choices)
    results = []
    for key, text in STATEMENTS:
        row = rows.get(key)
        average = row["average"] if row else None
        results.append(
            {
                "text": text,
                "count": row["count"] if row else 0,
                "average": average,
                "label": scale.get(round(average)) if average else None,
            }
        )
    return results


@login_required
def association_page(request, slug):
    association = _overseen(request, slug)
    evaluation = evaluate(association)
    record = evaluation.record
    can_manage = Association.objects.managed_by(request.user).filter(pk=association.pk).exists()
    can_review = Association.objects.reviewable_by(request.user).filter(pk=association.pk).exists()
    # Only members answer the team self-assessment (`joined_by`, no staff
    # override): a coordinator or staff who is not in the team gets no link to it.
    can_answer = Association.objects.joined_by(request.user).filter(pk=association.pk).exists()
    context = {
        "association": association,
        "evaluation": evaluation,
        "record": record,
        "Status": Status,
        "can_manage": can_manage,
        "can_review": can_review,
        "can_answer": can_answer,
        "results": self_assessment_results(association),
        "events": ReadinessEvent.objects.filter(association=association).select_related("actor")[:50],
        "profile_url": reverse("readiness:profile", kwargs={"slug": association.slug}) if evaluation.approvals else "",
    }
    if can_manage:
        context["contacts_form"] = ContactsForm(
            association=association,
            initial={
                "welcome_contact": record.welcome_contact_id if record else None,
                "harassment_contact": record.harassment_contact_id if record else None,
                "welcome_phone": record.welcome_contact_phone if record else "",
                "harassment_phone": record.harassment_contact_phone if record else "",
            },
        )
        context["plan_form"] = PlanForm(
            has_file=bool(record and record.plan_file),
            initial={
                "board_approved_on": record.plan_board_approved_on if record else None,
                "review_date": record.plan_review_date if record else None,
            },
        )
        context["measures_form"] = MeasuresForm(
            initial={
                "measures": record.low_threshold_measures if record else "",
                "public_summary": record.public_summary if record else "",
            }
        )
    if can_review:
        context["review_form"] = ReviewForm()
    context.update(getattr(request, "_readiness_forms", {}))
    return render(request, "readiness/association.html", context)


def _invalid(request, slug, name, form):
    """Show the page again with the bound form and its errors: nothing typed is lost."""
    messages.error(request, _("Please correct the errors below."))
    request._readiness_forms = {name: form}
    return association_page(request, slug)


@login_required
@require_POST
def save_contacts(request, slug):
    association = _managed(request, slug)
    form = ContactsForm(request.POST, association=association)
    if not form.is_valid():
        return _invalid(request, slug, "contacts_form", form)
    data = form.cleaned_data
    services.name_contacts(
        association,
        request.user,
        welcome_contact=data["welcome_contact"],
        harassment_contact=data["harassment_contact"],
        welcome_phone=data["welcome_phone"],
        harassment_phone=data["harassment_phone"],
    )
    messages.success(request, _("The contacts were saved."))
    return redirect(_page_url(association) + "#contacts")


@login_required
@require_POST
def save_plan(request, slug):
    association = _managed(request, slug)
    record = getattr(association, "readiness", None) if hasattr(association, "readiness") else None
    form = PlanForm(request.POST, request.FILES, has_file=bool(record and record.plan_file))
    if not form.is_valid():
        return _invalid(request, slug, "plan_form", form)
    data = form.cleaned_data
    try:
        services.save_plan(
            association,
            request.user,
            upload=data["plan_file"] or None,
            board_approved_on=data["board_approved_on"],
            review_date=data["review_date"],
        )
    except storage_errors():  # the private storage is down: nothing was saved (atomic), say so, no 500
        logger.exception("Readiness plan of %s could not be written to the private storage", association.pk)
        form.add_error("plan_file", _("The file cannot be stored right now. Please try again in a moment."))
        return _invalid(request, slug, "plan_form", form)
    messages.success(request, _("The plan was saved."))
    return redirect(_page_url(association) + "#plan")


@login_required
@require_POST
def save_measures(request, slug):
    association = _managed(request, slug)
    form = MeasuresForm(request.POST)
    if not form.is_valid():
        return _invalid(request, slug, "measures_form", form)
    services.save_measures(
        association,
        request.user,
        measures=form.cleaned_data["measures"],
        public_summary=form.cleaned_data["public_summary"],
    )
    messages.success(request, _("The measures were saved."))
    return redirect(_page_url(association) + "#measures")


@login_required
@require_POST
def submit(request, slug):
    association = _managed(request, slug)
    try:
        services.submit_for_review(association, request.user)
    except services.ReadinessError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Submitted for review. The regional coordinator has been told by e-mail."))
    return redirect(_page_url(association))


@login_required
@require_POST
def review(request, slug):
    association = _reviewable(request, slug)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _invalid(request, slug, "review_form", form)
    action, text = form.cleaned_data["action"], form.cleaned_data["comment"].strip()
    try:
        if action == "approve":
            services.approve(association, request.user, text)
            messages.success(request, _("The readiness was approved."))
        elif action == "return":
            services.return_for_changes(association, request.user, text)
            messages.success(request, _("The readiness was returned to the association with your comment."))
        else:
            services.comment(association, request.user, text)
            messages.success(request, _("Your comment was saved."))
    except services.ReadinessError as error:
        messages.error(request, str(error))
    return redirect(_page_url(association))


@login_required
def plan_file(request, slug):
    """Stream the plan from the private storage (local folder or private
    bucket; it has no URL of its own), always as a download and never sniffed
    into something a browser runs. Streaming, not a pre-signed link: nothing
    that could be forwarded outlives the scope check."""
    association = _overseen(request, slug)
    record = getattr(association, "readiness", None) if hasattr(association, "readiness") else None
    if record is None or not record.plan_file:
        raise Http404
    try:
        handle = record.plan_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    except storage_errors():  # the private storage is down (e.g. the bucket is unreachable): say so, no 500
        logger.exception("Readiness plan of %s could not be read from the private storage", association.pk)
        messages.error(request, _("The plan cannot be read right now. Please try again in a moment."))
        return redirect(_page_url(association))
    response = FileResponse(handle, as_attachment=True, filename=record.plan_filename or None)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def overview(request):
    """The associations the user oversees with their readiness status, one
    page of OVERVIEW_PAGE_SIZE at a time (a name search kept across pages):
    the statuses are derived for the page's associations only, and the count
    waiting for review is one SQL count over all of them, so the page's work
    does not grow with the number of associations."""
    overseen = Association.objects.overseen_by(request.user)
    if not overseen.exists():
        raise Http404
    search = request.GET.get("q", "").strip()[:SEARCH_MAX_LENGTH]
    listed = overseen.select_related("municipality").order_by("name", "pk")
    if search:
        listed = listed.filter(name__icontains=search)
    page = Paginator(listed, OVERVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    associations = list(page.object_list)
    statuses = reporting.status_by_association([a.pk for a in associations])
    context = {
        "rows": [(a, statuses[a.pk]) for a in associations],
        "waiting_count": queries.waiting_for_review(overseen).count(),
        "search": search,
        "page": page,
        "pagination": pagination_context(request, page),
    }
    return render(request, "readiness/overview.html", context)
