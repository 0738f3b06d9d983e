"""Every dashboard table as an exportable `Table`: the same rows the pages
show, with translated headers. One function per table, found by name."""

from __future__ import annotations

from django.utils.translation import gettext as _

from reports.association_report import AssociationReport
from reports.exports import Table
from reports.funder import FunderSummary, participants
from reports.offering_funnel import OfferingFunnel
from reports.regional_report import RegionalReport


def _status(cell) -> str:
    if cell.completed_at:
        return _("Completed %(date)s") % {"date": cell.completed_at.date().isoformat()}
    return str(cell.label)


# --- association --------------------------------------------------------------


def matrix(report: AssociationReport) -> Table:
    columns = [_("Name"), _("E-mail"), _("Role"), *[c.title for c in report.courses], _("Last activity")]
    rows = (
        [
            row.user.get_full_name(),
            row.user.email,
            row.membership.get_role_display(),
            *[_status(cell) for cell in row.cells],
            row.last_activity,
        ]
        for row in report.rows
    )
    return Table(f"{report.association.slug}-matrix", columns, rows)


def inactive(report: AssociationReport) -> Table:
    columns = [_("Name"), _("E-mail"), _("Inactive since"), _("Last reminded")]
    rows = ([r.user.get_full_name(), r.user.email, r.inactive_since, r.last_reminded_at] for r in report.inactive)
    return Table(f"{report.association.slug}-inactive", columns, rows)


def attendance(report: AssociationReport) -> Table:
    columns = [_("Name"), _("E-mail"), _("Live sessions attended")]
    rows = ([r.user.get_full_name(), r.user.email, r.sessions_attended] for r in report.rows)
    return Table(f"{report.association.slug}-attendance", columns, rows)


ASSOCIATION_TABLES = {"matrix": matrix, "inactive": inactive, "attendance": attendance}


# --- region -------------------------------------------------------------------


def associations(report: RegionalReport) -> Table:
    columns = [
        _("Association"),
        _("Municipality"),
        _("Readiness"),
        _("Valid until"),
        _("Members"),
        _("Members who completed a course"),
        _("Completion rate (%)"),
        _("Members who attended a live session"),
    ]
    rows = (
        [
            a.name,
            a.municipality,
            str(getattr(a.readiness, "status_label", "")),
            getattr(a.readiness, "valid_until", None),
            a.members,
            a.members_completed,
            a.completion_rate,
            a.members_attended,
        ]
        for a in report.associations
    )
    return Table("associations", columns, rows)


def municipalities(report: RegionalReport) -> Table:
    columns = [
        _("Municipality"),
        _("Associations"),
        _("Approved as ready"),
        _("Members"),
        _("Members who completed a course"),
        _("Completion rate (%)"),
    ]
    rows = (
        [m.name, m.associations, m.approved, m.members, m.members_completed, m.completion_rate]
        for m in report.municipalities
    )
    return Table("municipalities", columns, rows)


def funnel(report: RegionalReport) -> Table:
    columns = [_("Course"), _("Enrolled"), _("Started"), _("Completed")]
    return Table("funnel", columns, ([f.course.title, f.enrolled, f.started, f.completed] for f in report.funnel))


def completions(report: RegionalReport) -> Table:
    columns = [_("Month"), _("Course completions")]
    return Table("completions", columns, ([m.month.strftime("%Y-%m"), m.completions] for m in report.months))


def sessions(report: RegionalReport) -> Table:
    columns = [_("Session"), _("Starts"), _("Language"), _("Registered"), _("Attended")]
    rows = (
        [s.get("title"), s.get("starts_at"), s.get("language"), s.get("registered"), s.get("attended")]
        for s in report.sessions or []
    )
    return Table("sessions", columns, rows)


def offering_rows(offering: OfferingFunnel):
    """The hobby offering's funnel: per municipality over the period, then each
    measure per municipality and month; hidden cells read "<threshold"."""
    hidden = f"<{offering.threshold}"

    def shown(value):
        return hidden if value is None else value

    yield [_("Municipality"), _("Activities offered"), _("Requests to try"), _("First visits"), _("Joined")]
    for line in offering.lines:
        yield [line.municipality, line.offered, shown(line.requests), shown(line.visits), shown(line.joined)]
    yield []
    for _key, title, table in offering.tables:
        yield [title, *table.column_labels, _("Total")]
        for label, cells in zip(table.row_labels, table.cells, strict=True):
            yield [label, *[shown(value) for value in cells]]
        yield [_("Total"), *[shown(value) for value in table.column_totals]]
        yield []


def offering_funnel(report: RegionalReport) -> Table:
    columns = [_("Hobby offering: activities, requests, first visits and joined")]
    return Table("offering-funnel", columns, offering_rows(report.offering))


REGION_TABLES = {
    "associations": associations,
    "municipalities": municipalities,
    "funnel": funnel,
    "completions": completions,
    "sessions": sessions,
    "offering-funnel": offering_funnel,
}


# --- funder -------------------------------------------------------------------


def funder_summary(summary: FunderSummary, offering: OfferingFunnel | None = None) -> Table:
    """All cross tables one under the other, then the hobby offering's funnel
    when given; hidden cells read "<threshold"."""
    hidden = f"<{summary.threshold}"

    def rows():
        for _key, title, table in summary.tables:
            yield [title, *table.column_labels, _("Total")]
            for label, cells in zip(table.row_labels, table.cells, strict=True):
                yield [label, *[hidden if value is None else value for value in cells]]
            yield [_("Total"), *[hidden if value is None else value for value in table.column_totals]]
            yield []
        if offering is not None:
            yield [_("Hobby offering: activities, requests, first visits and joined")]
            yield from offering_rows(offering)

    return Table("funder-summary", [_("Participants"), summary.participants], rows())


def funder_participants(user, region, start=None, end=None) -> Table:
    """One row per participant, no names or e-mails: coded facts and dates (streamed)."""
    from associations.models import Municipality

    names = dict(Municipality.objects.values_list("pk", "name"))
    columns = [
        _("Participant"),
        _("Gender"),
        _("Age group"),
        _("Employment status"),
        _("Education"),
        _("Home municipality"),
        _("Start date"),
        _("Completion date"),
    ]
    rows = (
        [
            p.pk,
            p.gender,
            p.age_band,
            p.employment_status,
            p.education_level,
            names.get(p.municipality_id, ""),
            p.started_on,
            p.completed_on,
        ]
        for p in participants(user, region, start, end)
    )
    return Table("funder-participants", columns, rows)
