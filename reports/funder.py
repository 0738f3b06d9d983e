"""The funder summary (ESF+ style): participants of a region by gender, age
band, employment status, education level and municipality, with start and
completion dates.

A participant is a person with a membership (current or past) in one of the
region's associations who has enrolled in a course. Project staff (staff
accounts and regional coordinators) are not participants. Start date: their
first enrolment; completion date: their first course completion.

Participants are read with a server-side cursor in chunks (`iterator`), so
both the summary and the per-participant export run in flat memory however
many people there are. Published counts go through `suppression`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from django.contrib.auth import get_user_model
from django.db import connections
from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import gettext as _

from accounts.models import AgeBand, EducationLevel, EmploymentStatus, Gender
from associations.models import CoordinatorAssignment, Membership, Municipality, Region
from courses.models import CourseCompletion, Enrolment
from reports.scope import associations_of_region
from reports.suppression import SuppressedTable, suppressed_table

CHUNK = 2000
UNKNOWN = ""


@dataclass(frozen=True)
class Participant:
    pk: int
    gender: str
    age_band: str
    employment_status: str
    education_level: str
    municipality_id: int | None
    started_on: date
    completed_on: date | None


def participant_queryset(user, region: Region, start: date | None = None, end: date | None = None):
    """The region's participants as a User queryset annotated with `started`
    (first enrolment) and `completed` (first course completion, or NULL),
    optionally only those who started between `start` and `end` (inclusive)."""
    User = get_user_model()
    members = Membership.objects.filter(association__in=associations_of_region(user, region).values("pk"))
    first_enrolment = Enrolment.objects.filter(user_id=OuterRef("pk")).order_by("enrolled_at").values("enrolled_at")
    first_completion = (
        CourseCompletion.objects.filter(user_id=OuterRef("pk")).order_by("completed_at").values("completed_at")
    )
    people = (
        User.objects.filter(pk__in=members.values("user_id"), is_staff=False, is_superuser=False)
        .exclude(Exists(CoordinatorAssignment.objects.filter(user_id=OuterRef("pk"))))
        .annotate(started=Subquery(first_enrolment[:1]), completed=Subquery(first_completion[:1]))
        .filter(started__isnull=False)
    )
    if start:
        people = people.filter(started__date__gte=start)
    if end:
        people = people.filter(started__date__lte=end)
    return people


def participants(user, region: Region, start: date | None = None, end: date | None = None) -> Iterator[Participant]:
    """The region's participants, optionally only those who started between `start` and `end` (inclusive)."""
    rows = (
        participant_queryset(user, region, start, end)
        .order_by("pk")
        .values_list(
            "pk",
            "gender",
            "age_band",
            "employment_status",
            "education_level",
            "municipality_id",
            "started",
            "completed",
        )
    )
    for pk, gender, age, employment, education, municipality_id, started, completed in rows.iterator(CHUNK):
        yield Participant(
            pk,
            gender,
            age,
            employment,
            education,
            municipality_id,
            started.date(),
            completed.date() if completed else None,
        )


# Dimension name -> (title, Participant attribute, choices or None for municipalities)
DIMENSIONS = {
    "age_band": (lambda: _("Age group"), "age_band", AgeBand.choices),
    "employment_status": (lambda: _("Employment status"), "employment_status", EmploymentStatus.choices),
    "education_level": (lambda: _("Education"), "education_level", EducationLevel.choices),
    "municipality": (lambda: _("Home municipality"), "municipality_id", None),
    "outcome": (lambda: _("Course completion"), "outcome", None),
}


@dataclass
class FunderSummary:
    participants: int
    tables: list[tuple[str, str, SuppressedTable]]  # (dimension key, title, table)
    threshold: int


def gender_columns() -> list[tuple[str, str]]:
    return [*Gender.choices, (UNKNOWN, _("Not told"))]


# One GROUP BY per dimension over the participants, in one statement: the
# participants' query runs once (a CTE) and the database returns at most a few
# dozen rows per dimension, however many people there are.
CROSS_COUNTS_SQL = """
WITH p AS ({participants})
SELECT 'age_band', age_band, gender, COUNT(*) FROM p GROUP BY age_band, gender
UNION ALL
SELECT 'employment_status', employment_status, gender, COUNT(*) FROM p GROUP BY employment_status, gender
UNION ALL
SELECT 'education_level', education_level, gender, COUNT(*) FROM p GROUP BY education_level, gender
UNION ALL
SELECT 'municipality', CAST(municipality_id AS VARCHAR(20)), gender, COUNT(*) FROM p GROUP BY municipality_id, gender
UNION ALL
SELECT 'outcome', CASE WHEN completed IS NULL THEN 'started' ELSE 'completed' END, gender, COUNT(*)
FROM p GROUP BY CASE WHEN completed IS NULL THEN 'started' ELSE 'completed' END, gender
"""


def cross_counts(user, region: Region, start=None, end=None) -> tuple[int, dict[str, Counter]]:
    """(participants, {dimension: Counter((value, gender) -> people)}), counted
    in the database in one query. Values as on `Participant`, blanks as
    UNKNOWN; municipality values are ids (None when not told)."""
    people = participant_queryset(user, region, start, end).order_by()
    columns = people.values(
        "gender", "age_band", "employment_status", "education_level", "municipality_id", "completed"
    )
    sql, params = columns.query.sql_with_params()
    counters: dict[str, Counter] = {key: Counter() for key in DIMENSIONS}
    with connections[people.db].cursor() as cursor:
        cursor.execute(CROSS_COUNTS_SQL.format(participants=sql), params)
        rows = cursor.fetchall()
    for key, value, gender, n in rows:
        counters[key][(_dimension_value(key, value), gender or UNKNOWN)] += n
    return sum(counters["outcome"].values()), counters


def _dimension_value(key: str, raw):
    """Municipality ids come back as text (the UNION's common type); blanks are UNKNOWN."""
    if key == "municipality":
        return None if raw is None else int(raw)
    return raw or UNKNOWN


def funder_summary(user, region: Region, start=None, end=None, limit: int | None = None) -> FunderSummary:
    """Cross tables dimension × gender, with totals, small cells suppressed.
    Two queries whatever the number of participants (counted in SQL)."""
    from reports.suppression import threshold

    limit = threshold() if limit is None else limit
    total, counters = cross_counts(user, region, start, end)

    genders = gender_columns()
    used_municipalities = {value for value, _g in counters["municipality"] if value is not None}
    municipality_names = dict(Municipality.objects.filter(pk__in=used_municipalities).values_list("pk", "name"))
    tables = []
    for key, (title, _attr, choices) in DIMENSIONS.items():
        if key == "municipality":
            used = sorted(
                {value for value, _g in counters[key]}, key=lambda pk: (pk is None, municipality_names.get(pk, ""))
            )
            rows = [(pk, municipality_names.get(pk) or _("Not told")) for pk in used]
        elif key == "outcome":
            rows = [("completed", _("Completed a course")), ("started", _("Started, not yet completed"))]
        else:
            rows = [*choices, (UNKNOWN, _("Not told"))]
        counts = [[counters[key][(value, g)] for g, _label in genders] for value, _label in rows]
        table = suppressed_table(
            [str(label) for _v, label in rows], [str(label) for _g, label in genders], counts, limit
        )
        tables.append((key, title(), table))
    return FunderSummary(total, tables, limit)
