"""The regional coordinator's dashboard: every association of a region with
its readiness, members and completion rate; municipalities; a funnel per
course; completions per month; live-session attendance.

Guarantee: `regional_report` costs the same number of queries at 10 and at
200 associations (tests assert it): every figure is one aggregate query over
the region, never a query per association or per course. With a `Listing`
(the dashboard) the association table holds one page of PAGE_SIZE rows, so
the page's Python work is flat too; the totals, the municipalities and every
other figure are still computed in SQL over the whole region, never over the
page. Without one (the exports) it holds every association.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from associations.models import Membership, Region
from courses.models import CourseCompletion, Enrolment
from reports import sources
from reports.catalogue import Course, live_courses
from reports.offering_funnel import OfferingFunnel, last_months, offering_funnel
from reports.scope import associations_of_region

MONTHS_SHOWN = 12
PAGE_SIZE = 25  # associations per page of the dashboard's table
# Fresh by default: with reports' CourseStart rows the funnel no longer needs
# the cache to meet the 500 ms target at scale (docs/performance.md); a site
# with much larger regions may still set REPORTS_FIGURES_CACHE_SECONDS.
DEFAULT_FIGURES_CACHE_SECONDS = 0


@dataclass(frozen=True)
class Listing:
    """Which associations the dashboard's table shows: a name search and the
    page number as it came in the query string (garbage → the first page,
    past the end → the last, as Paginator.get_page does)."""

    search: str = ""
    page: str | int | None = 1


@dataclass
class AssociationRow:
    pk: int
    name: str
    slug: str
    municipality: str
    members: int
    members_completed: int
    readiness: object | None  # readiness.reporting.ReadinessSummary when available
    members_attended: int | None

    @property
    def completion_rate(self) -> int:
        return round(100 * self.members_completed / self.members) if self.members else 0


@dataclass
class MunicipalityRow:
    name: str
    associations: int = 0
    members: int = 0
    members_completed: int = 0
    approved: int = 0

    @property
    def completion_rate(self) -> int:
        return round(100 * self.members_completed / self.members) if self.members else 0


@dataclass(frozen=True)
class FunnelRow:
    course: Course
    enrolled: int
    started: int
    completed: int


@dataclass(frozen=True)
class MonthRow:
    month: date
    completions: int


@dataclass
class RegionalReport:
    region: Region
    associations: list[AssociationRow]
    municipalities: list[MunicipalityRow]
    funnel: list[FunnelRow]
    months: list[MonthRow]
    sessions: list[dict] | None
    readiness_available: bool
    attendance_available: bool
    # When the funnel and the monthly figures were computed: the time of the
    # request when the cache is off, else when the cached copy was made.
    figures_computed_at: datetime | None = None
    # The hobby offering's funnel per municipality and month (reports/offering_funnel.py).
    offering: OfferingFunnel | None = None
    # The page of the association table (None: `associations` holds them all).
    page: Page | None = None
    search: str = ""

    @property
    def total_associations(self) -> int:
        """Every association of the region, whatever the page or the search."""
        return sum(m.associations for m in self.municipalities)

    @property
    def total_members(self) -> int:
        """Memberships in the whole region, whatever the page or the search."""
        return sum(m.members for m in self.municipalities)


def region_members(user, region: Region):
    """Active memberships of the region's (overseen) associations."""
    return Membership.objects.filter(active=True, association__in=associations_of_region(user, region).values("pk"))


def regional_report(
    user, region: Region, now: datetime | None = None, listing: Listing | None = None
) -> RegionalReport:
    now = now or timezone.now()
    in_region = associations_of_region(user, region)
    ids = list(in_region.values_list("pk", flat=True))
    members = region_members(user, region)
    shown, page = _listed(in_region, listing)
    rows = association_rows(shown, members)
    courses = live_courses()
    course_funnel, months, computed_at = history_figures(region, members, courses, now) if ids else ([], [], now)
    return RegionalReport(
        region=region,
        associations=rows,
        municipalities=by_municipality(in_region, members),
        funnel=course_funnel,
        months=months,
        sessions=sources.session_summaries(association_ids=ids) if ids else [],
        readiness_available=True,
        attendance_available=True,
        figures_computed_at=computed_at,
        offering=offering_funnel(user, region, last_months(timezone.localtime(now).date(), MONTHS_SHOWN)),
        page=page,
        search=listing.search if listing else "",
    )


def _listed(in_region, listing: Listing | None):
    """(associations to show, the paginator page or None): the whole region
    without a listing, else one page of the name search."""
    ordered = (
        in_region.select_related("municipality")
        .annotate(members=Count("memberships", filter=Q(memberships__active=True)))
        .order_by("municipality__name", "name", "pk")
    )
    if listing is None:
        return list(ordered), None
    if listing.search:
        ordered = ordered.filter(name__icontains=listing.search)
    page = Paginator(ordered, PAGE_SIZE).get_page(listing.page)
    return list(page.object_list), page


def _completed_a_course() -> Q:
    """The membership's person has completed a course: a semi-join on the
    completions' people, hashed once by PostgreSQL (a correlated EXISTS probed
    the index once per membership: 13 ms against 8 ms at 10k members)."""
    return Q(user_id__in=CourseCompletion.objects.values("user_id"))


def association_rows(associations: list, members) -> list[AssociationRow]:
    """One row per association given (annotated with `members`): three
    aggregate queries over those associations only."""
    ids = [a.pk for a in associations]
    if not ids:
        return []
    completed_by_association = dict(
        members.filter(association_id__in=ids)
        .filter(_completed_a_course())
        .values("association_id")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("association_id", "n")
    )
    readiness = sources.readiness_by_association(ids)
    attendance = sources.attendance_by_association(ids)
    return [
        AssociationRow(
            pk=a.pk,
            name=a.name,
            slug=a.slug,
            municipality=a.municipality.name,
            members=a.members,
            members_completed=completed_by_association.get(a.pk, 0),
            readiness=readiness.get(a.pk),
            members_attended=attendance.get(a.pk, 0),
        )
        for a in associations
    ]


def figures_cache_seconds() -> int:
    return int(getattr(settings, "REPORTS_FIGURES_CACHE_SECONDS", DEFAULT_FIGURES_CACHE_SECONDS))


def history_figures(region: Region, members, courses: list[Course], now: datetime):
    """The funnel and completions per month: the two aggregates over the
    region's whole progress history (hundreds of thousands of step
    completions at scale), with the time they were computed. Computed on every
    request unless REPORTS_FIGURES_CACHE_SECONDS > 0 (default 0): then kept
    in the cache that long, and the page shows when they were computed.
    Everyone who may open a region's dashboard sees all of its associations,
    so the figures depend on the region, the courses and the month only,
    never on who asks."""
    seconds = figures_cache_seconds()
    if seconds <= 0:
        return funnel(members, courses), completions_by_month(members, now), now
    course_keys = ",".join(str(c.key) for c in courses)
    key = f"reports:region-history:v2:{region.pk}:{now:%Y-%m}:{hashlib.sha256(course_keys.encode()).hexdigest()[:16]}"
    return cache.get_or_set(key, lambda: (funnel(members, courses), completions_by_month(members, now), now), seconds)


def by_municipality(in_region, members) -> list[MunicipalityRow]:
    """Associations, approved ones, members and members who completed a course
    per municipality of the whole region: three GROUP BY queries, whatever the
    number of associations. A person in two associations of one municipality
    counts in both, as on the association rows (a membership is unique per
    person and association, so counting memberships counts those people)."""
    result: dict[str, MunicipalityRow] = {}

    def row(name: str) -> MunicipalityRow:
        return result.setdefault(name, MunicipalityRow(name))

    def per_name(associations):
        return associations.values("municipality__name").annotate(n=Count("pk")).values_list("municipality__name", "n")

    for name, n in per_name(in_region):
        row(name).associations += n
    for name, n in per_name(sources.approved_associations(in_region)):
        row(name).approved += n
    per_municipality = (
        members.values("association__municipality__name")
        .annotate(n=Count("pk"), done=Count("pk", filter=_completed_a_course()))
        .values_list("association__municipality__name", "n", "done")
    )
    for name, n, done in per_municipality:
        row(name).members += n
        row(name).members_completed += done
    return sorted(result.values(), key=lambda m: m.name)


def funnel(members, courses: list[Course]) -> list[FunnelRow]:
    """Per course: members enrolled → started (a step done) → completed. Two queries.

    Enrolment and CourseCompletion are unique per (person, course), so plain
    counts are counts of people. "Started" is an enrolment with a step
    completion of its course, read from reports' CourseStart rows (kept in
    step by reports/signal_handlers.py) with one LEFT JOIN on the enrolment's
    key: at scale (~520k step completions) probing the step completions once
    per enrolment took 300-450 ms of the dashboard (docs/performance.md).
    """
    if not courses:
        return []
    keys = [c.key for c in courses]
    people = members.values("user_id")
    enrolments = {
        row["course_key"]: row
        for row in Enrolment.objects.filter(user_id__in=people, course_key__in=keys)
        .values("course_key")
        .annotate(enrolled=Count("pk"), started=Count("reports_start"))
        .order_by()
    }
    completed = defaultdict(
        int,
        CourseCompletion.objects.filter(user_id__in=people, course_key__in=keys)
        .values("course_key")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("course_key", "n"),
    )
    empty = {"enrolled": 0, "started": 0}
    return [
        FunnelRow(
            c, enrolments.get(c.key, empty)["enrolled"], enrolments.get(c.key, empty)["started"], completed[c.key]
        )
        for c in courses
    ]


def completions_by_month(members, now: datetime) -> list[MonthRow]:
    """Course completions by the region's members per calendar month, the last
    MONTHS_SHOWN months including the current one, empty months included. One query."""
    first = _months_back(timezone.localtime(now).date().replace(day=1), MONTHS_SHOWN - 1)
    # The first month's first moment in the current time zone, compared with
    # the column as it is, instead of casting every row's timestamp to a date
    # (a third of the query's time at 28k completions).
    since = timezone.make_aware(datetime.combine(first, time.min))
    rows = (
        CourseCompletion.objects.filter(user_id__in=members.values("user_id"), completed_at__gte=since)
        .annotate(month=TruncMonth("completed_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    counted: dict[date, int] = defaultdict(int)
    for month, n in rows:
        counted[month.date() if isinstance(month, datetime) else month] += n
    return [MonthRow(m, counted[m]) for m in (_months_back(first, -i) for i in range(MONTHS_SHOWN))]


def _months_back(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)
