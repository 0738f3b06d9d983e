"""Dashboards. Thin: the scope comes from reports/scope.py (a 404 outside it),
the figures from the report modules."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from associations.models import Association
from associations.querysets import is_staff
from reports import sources
from reports.association_report import association_report
from reports.chart import chart
from reports.course_analytics import learner_scope_or_none
from reports.forms import PeriodForm
from reports.funder import funder_summary
from reports.offering_funnel import funder_offering
from reports.regional_report import Listing, figures_cache_seconds, regional_report
from reports.scope import overseen_association_or_404, overseen_region_or_404, regions_overseen_by
from reports.suppression import threshold
from training.pagination import pagination_context

SEARCH_MAX_LENGTH = 100


@login_required
def index(request):
    """The reports a person may open: their regions, the associations they are the contact of, quiz analytics."""
    user = request.user
    context = {
        "regions": regions_overseen_by(user),
        # Staff manage every association: they reach them through the regions instead.
        "associations": Association.objects.managed_by(user).select_related("municipality")
        if not is_staff(user)
        else Association.objects.none(),
        "quizzes": sources.quizzes_with_analytics_for(user) or [],
        "course_analytics": learner_scope_or_none(user) is not None,
    }
    return render(request, "reports/index.html", context)


@login_required
def association(request, slug):
    association = overseen_association_or_404(request.user, slug)
    report = association_report(association)
    return render(request, "reports/association.html", {"association": association, "report": report})


@login_required
def region(request, region_id):
    region = overseen_region_or_404(request.user, region_id)
    listing = Listing(search=request.GET.get("q", "").strip()[:SEARCH_MAX_LENGTH], page=request.GET.get("page"))
    report = regional_report(request.user, region, listing=listing)
    peak = max((m.completions for m in report.months), default=0)
    context = {
        "region": region,
        "report": report,
        "chart": chart(report.months, peak),
        "figures_minutes": max(1, round(figures_cache_seconds() / 60)) if figures_cache_seconds() > 0 else 0,
        "quizzes": sources.quizzes_with_analytics_for(request.user) or [],
        "pagination": pagination_context(request, report.page),
    }
    return render(request, "reports/region.html", context)


@login_required
def funder(request, region_id):
    region = overseen_region_or_404(request.user, region_id)
    form = PeriodForm(request.GET or None)
    period = form.cleaned_data if form.is_bound and form.is_valid() else {}
    summary = funder_summary(request.user, region, period.get("start"), period.get("end"))
    context = {
        "region": region,
        "form": form,
        "summary": summary,
        "offering": funder_offering(request.user, region, period.get("start"), period.get("end")),
        "threshold": threshold(),
        "query": request.GET.urlencode() if period else "",
    }
    return render(request, "reports/funder.html", context)
