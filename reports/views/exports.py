"""Exports of the dashboard tables: the same scope as the pages (404 outside it)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404

import audit
from reports import tables
from reports.association_report import association_report
from reports.exports import export_response
from reports.forms import PeriodForm
from reports.funder import funder_summary
from reports.offering_funnel import funder_offering
from reports.regional_report import regional_report
from reports.scope import overseen_association_or_404, overseen_region_or_404

FORMATS = {"csv", "xlsx"}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise Http404


@login_required
def association_export(request, slug, table, fmt):
    association = overseen_association_or_404(request.user, slug)
    _check_format(fmt)
    if table not in tables.ASSOCIATION_TABLES:
        raise Http404
    report = association_report(association)
    response = export_response(tables.ASSOCIATION_TABLES[table](report), fmt, request.GET.get("delimiter", "comma"))
    _audit_export(request, table, fmt, association=association)
    return response


@login_required
def region_export(request, region_id, table, fmt):
    region = overseen_region_or_404(request.user, region_id)
    _check_format(fmt)
    delimiter = request.GET.get("delimiter", "comma")
    if table in ("funder-summary", "funder-participants"):
        form = PeriodForm(request.GET or None)
        period = form.cleaned_data if form.is_bound and form.is_valid() else {}
        start, end = period.get("start"), period.get("end")
        if table == "funder-summary":
            export = tables.funder_summary(
                funder_summary(request.user, region, start, end), funder_offering(request.user, region, start, end)
            )
        else:
            export = tables.funder_participants(request.user, region, start, end)
        response = export_response(export, fmt, delimiter)
        _audit_export(request, table, fmt, region=region.pk)
        return response
    if table not in tables.REGION_TABLES:
        raise Http404
    report = regional_report(request.user, region)
    response = export_response(tables.REGION_TABLES[table](report), fmt, delimiter)
    _audit_export(request, table, fmt, region=region.pk)
    return response


def _audit_export(request, table: str, fmt: str, *, association=None, **details) -> None:
    """Who downloaded which table: recorded once the table is built, so a refused export leaves no event."""
    details = {"table": table, "format": fmt, **details}
    audit.record(
        audit.Action.REPORT_EXPORTED, actor=request.user, association=association, details=details, request=request
    )
