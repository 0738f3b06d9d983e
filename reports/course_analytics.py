"""Per-course analytics for trainers: every live course with its funnel and
the median time to completion, and per course the learners who completed each
required step (the drop-off), its quizzes and its live sessions.

Who counts (no scope logic of its own): trainers and staff see every learner,
coordinators the active members of the associations they oversee, exactly as
in quiz analytics (`quizzes.permissions.may_view_analytics` and
`learner_scope`, built on `Association.objects.overseen_by`). Anyone else
gets None from `learner_scope_or_none` and the views answer 404.

Guarantee: `course_list` and `course_detail` cost a constant number of
queries whatever the number of courses, steps and learners: every figure is
one aggregate over all courses (or all steps), never a query per row.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, DurationField, ExpressionWrapper, F, FilteredRelation, Q, Window
from django.db.models.functions import RowNumber
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from associations.models import Association
from courses.models import CourseCompletion, CoursePage, Enrolment, StepCompletion, StepPage
from quizzes.permissions import learner_scope, may_view_analytics
from reports import sources
from reports.catalogue import Course, live_courses

EVERYONE = object()  # the learner scope of trainers and staff


def learner_scope_or_none(user):
    """EVERYONE for trainers and staff, a queryset of user ids for
    coordinators (members of overseen associations), None for anyone else."""
    if not may_view_analytics(user):
        return None
    scope = learner_scope(user)
    return EVERYONE if scope is None else scope


def _in_scope(queryset, scope, field: str = "user_id"):
    return queryset if scope is EVERYONE else queryset.filter(**{f"{field}__in": scope})


@dataclass(frozen=True)
class CourseRow:
    course: Course
    enrolled: int
    started: int
    completed: int
    median_days: float | None  # from enrolment to completion, over the completed

    @property
    def completion_rate(self) -> int:
        return round(100 * self.completed / self.enrolled) if self.enrolled else 0


def course_rows(courses: list[Course], scope) -> list[CourseRow]:
    """The funnel of each course and its median days to completion. Three queries.

    Enrolment and CourseCompletion are unique per (person, course), so counts
    are counts of people; "started" is read from reports' CourseStart rows as
    in the regional funnel. The median comes from `_median_days` (at most two
    rows per course); a completion without an enrolment row is left out of it.
    """
    if not courses:
        return []
    keys = [c.key for c in courses]
    funnel = {
        row["course_key"]: row
        for row in _in_scope(Enrolment.objects.filter(course_key__in=keys), scope)
        .values("course_key")
        .annotate(enrolled=Count("pk"), started=Count("reports_start"))
        .order_by()
    }
    completions = _in_scope(CourseCompletion.objects.filter(course_key__in=keys), scope)
    completed: dict[uuid.UUID, int] = defaultdict(
        int, completions.values("course_key").annotate(n=Count("pk")).order_by().values_list("course_key", "n")
    )
    days = _median_days(completions)
    empty = {"enrolled": 0, "started": 0}
    return [
        CourseRow(
            course=c,
            enrolled=funnel.get(c.key, empty)["enrolled"],
            started=funnel.get(c.key, empty)["started"],
            completed=completed[c.key],
            median_days=days.get(c.key),
        )
        for c in courses
    ]


def _median_days(completions) -> dict[uuid.UUID, float]:
    """Median days from enrolment to completion per course, in the database:
    the completions with an enrolment are numbered by duration within their
    course and only the middle one or two come back (a window query both
    PostgreSQL and SQLite run), so the Python work does not grow with the
    number of completions. Negative durations count as 0 days.

    The enrolment is JOINed (the person's enrolment in the completion's
    course, unique per person and course), not looked up by a correlated
    subquery: the subquery ran twice per completion (28k at scale) and its
    estimated cost pushed PostgreSQL over jit_above_cost, so every request
    paid seconds of JIT compilation (EXPLAIN ANALYZE in docs/performance.md)."""
    enrolment = FilteredRelation("user__enrolments", condition=Q(user__enrolments__course_key=F("course_key")))
    duration = ExpressionWrapper(F("completed_at") - F("enrolment__enrolled_at"), output_field=DurationField())
    middle = (
        completions.annotate(enrolment=enrolment)
        .filter(enrolment__isnull=False)
        .annotate(
            duration=duration,
            position=Window(RowNumber(), partition_by=F("course_key"), order_by=[F("duration").asc(), F("pk").asc()]),
            timed=Window(Count("pk"), partition_by=F("course_key")),
        )
        .filter(position__gte=(F("timed") + 1) / 2, position__lte=(F("timed") + 2) / 2)
        .values_list("course_key", "duration")
        .order_by()
    )
    values: dict[uuid.UUID, list[float]] = defaultdict(list)
    for key, spent in middle:
        values[key].append(max(0.0, spent.total_seconds() / 86400))
    return {key: round(sum(pair) / len(pair), 1) for key, pair in values.items()}


def course_list(scope) -> list[CourseRow]:
    """Every live course in the default language, in catalogue order. Three queries."""
    return course_rows(live_courses(), scope)


# --- one course ---------------------------------------------------------------


@dataclass(frozen=True)
class StepRow:
    number: int
    key: uuid.UUID
    title: str
    completed: int

    def share_of(self, enrolled: int) -> int:
        return round(100 * self.completed / enrolled) if enrolled else 0


@dataclass
class CourseDetail:
    row: CourseRow
    steps: list[StepRow]
    quizzes: list[tuple[str, str]]  # (title, analytics URL)
    sessions: list[dict] | None  # live.reporting.session_summaries rows; None when live is absent

    @property
    def course(self) -> Course:
        return self.row.course

    def step_shares(self) -> list[tuple[StepRow, int]]:
        return [(step, step.share_of(self.row.enrolled)) for step in self.steps]


def live_course_or_none(course_key: uuid.UUID) -> Course | None:
    """The live default-language course with this translation key. One query."""
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    row = (
        CoursePage.objects.live()
        .filter(locale__language_code=language, translation_key=course_key)
        .values_list("translation_key", "title", "path")
        .first()
    )
    return Course(*row) if row else None


def _titles_in_current_language(keys: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Titles of the live translations in the request's language. One query."""
    try:
        language = get_supported_content_language_variant(translation.get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return {}
    return dict(
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .values_list("translation_key", "title")
    )


def course_detail(user, course: Course, scope) -> CourseDetail:
    """Funnel, required steps with their completions, quizzes and live sessions
    of one course. A constant number of queries (tests assert it)."""
    steps = list(
        StepPage.objects.live()
        .filter(path__startswith=course.path)
        .order_by("path")
        .values("pk", "translation_key", "title", "required")
    )
    required = [s for s in steps if s["required"]]
    titles = _titles_in_current_language([course.key, *[s["translation_key"] for s in steps]])
    course = Course(course.key, titles.get(course.key, course.title), course.path)
    done = dict(
        _in_scope(StepCompletion.objects.filter(course_key=course.key), scope)
        .filter(step_key__in=[s["translation_key"] for s in required])
        .values("step_key")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("step_key", "n")
    )
    step_rows = [
        StepRow(
            n, s["translation_key"], titles.get(s["translation_key"], s["title"]), done.get(s["translation_key"], 0)
        )
        for n, s in enumerate(required, start=1)
    ]
    step_pks = {s["pk"]: s["translation_key"] for s in steps}
    analytics = sources.quizzes_with_analytics_for(user) or []
    quizzes = [(titles.get(step_pks[quiz.pk], quiz.title), url) for quiz, url in analytics if quiz.pk in step_pks]
    return CourseDetail(
        row=course_rows([course], scope)[0],
        steps=step_rows,
        quizzes=quizzes,
        sessions=_sessions(user, scope, step_pks, titles),
    )


def _sessions(user, scope, step_pks: dict[int, uuid.UUID], titles: dict) -> list[dict] | None:
    """The course's live-session steps with registrations and attendance,
    counting the same people as the rest of the page."""
    association_ids = (
        None if scope is EVERYONE else list(Association.objects.overseen_by(user).values_list("pk", flat=True))
    )
    summaries = sources.session_summaries(association_ids=association_ids)
    if summaries is None:
        return None
    return [
        {**s, "title": titles.get(step_pks[s["session_id"]], s["title"])}
        for s in summaries
        if s["session_id"] in step_pks
    ]
