"""The regional coordinator's dashboard: every association of a region with
its readiness, members and completion rate; municipalities; a funnel per
course; completions per month; live-session attendance.

Guarantee: `regional_report` costs the same number of queries at 10 and at
200 associations (tests assert it): every figure is one aggregate query over
the region, never a query per association or per course.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from associations.models import Membership, Region
from courses.models import CourseCompletion, Enrolment
from reports import sources
from reports.catalogue import Course, live_courses
from reports.offering_funnel import OfferingFunnel, last_months, offering_funnel
from reports.scope import associations_of_region

MONTHS_SHOWN = 12
# Fresh by default: with reports' CourseStart rows the funnel no longer needs
# the cache to meet the 500 ms target at scale (docs/performance.md); a site
# with much larger regions may still set REPORTS_FIGURES_CACHE_SECONDS.
DEFAULT_FIGURES_CACHE_SECONDS = 0


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

    @property
    def total_members(self) -> int:
        return sum(row.members for row in self.associations)


def region_members(user, region: Region):
    """Active memberships of the region's (overseen) associations."""
    return Membership.objects.filter(active=True, association__in=associations_of_region(user, region).values("pk"))


def regional_report(user, region: Region, now: datetime | None = None) -> RegionalReport:
    now = now or timezone.now()
    associations = list(
        associations_of_region(user, region)
        .select_related("municipality")
        .annotate(members=Count("memberships", filter=Q(memberships__active=True)))
        .order_by("municipality__name", "name")
    )
    ids = [a.pk for a in associations]
    members = region_members(user, region)
    completed_by_association = dict(
        members.filter(Exists(CourseCompletion.objects.filter(user_id=OuterRef("user_id"))))
        .values("association_id")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("association_id", "n")
    )
    readiness = sources.readiness_by_association(ids) if ids else {}
    attendance = sources.attendance_by_association(ids) if ids else {}
    rows = [
        AssociationRow(
            pk=a.pk,
            name=a.name,
            slug=a.slug,
            municipality=a.municipality.name,
            members=a.members,
            members_completed=completed_by_association.get(a.pk, 0),
            readiness=(readiness or {}).get(a.pk),
            members_attended=None if attendance is None else attendance.get(a.pk, 0),
        )
        for a in associations
    ]
    courses = live_courses()
    course_funnel, months, computed_at = history_figures(region, members, courses, now) if ids else ([], [], now)
    return RegionalReport(
        region=region,
        associations=rows,
        municipalities=by_municipality(rows),
        funnel=course_funnel,
        months=months,
        sessions=sources.session_summaries(association_ids=ids) if ids else [],
        readiness_available=readiness is not None,
        attendance_available=attendance is not None,
        figures_computed_at=computed_at,
        offering=offering_funnel(user, region, last_months(timezone.localtime(now).date(), MONTHS_SHOWN)),
    )


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


def by_municipality(rows: list[AssociationRow]) -> list[MunicipalityRow]:
    """Roll association rows up per municipality (no queries). A person in two
    associations of one municipality counts in both, as on the association rows."""
    result: dict[str, MunicipalityRow] = {}
    for row in rows:
        m = result.setdefault(row.municipality, MunicipalityRow(row.municipality))
        m.associations += 1
        m.members += row.members
        m.members_completed += row.members_completed
        if getattr(row.readiness, "status", None) == "approved":
            m.approved += 1
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
    first = _months_back(now.date().replace(day=1), MONTHS_SHOWN - 1)
    rows = (
        CourseCompletion.objects.filter(user_id__in=members.values("user_id"), completed_at__date__gte=first)
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
