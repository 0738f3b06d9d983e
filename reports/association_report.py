"""The association contact's dashboard: members × courses, activity and
live-session attendance of one association.

Guarantee: `association_report` costs the same number of queries whatever
the number of members, courses, steps or associations (tests assert it).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from associations.models import Association, Membership
from courses.models import CourseCompletion, Enrolment, StepCompletion
from reports import sources
from reports.catalogue import Course, live_courses, required_steps
from reports.models import Reminder

INACTIVE_DAYS = 30
REMIND_AGAIN_AFTER = timedelta(days=7)

NOT_STARTED, IN_PROGRESS, COMPLETED = "not_started", "in_progress", "completed"


@dataclass(frozen=True)
class Cell:
    status: str
    done: int = 0
    total: int = 0
    completed_at: datetime | None = None

    @property
    def label(self) -> str:
        if self.status == COMPLETED:
            return _("Completed")
        if self.status == IN_PROGRESS:
            return _("In progress")
        return _("Not started")

    @property
    def percent(self) -> int:
        if self.status == COMPLETED:
            return 100
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class MemberRow:
    membership: Membership
    cells: list[Cell] = field(default_factory=list)
    last_activity: datetime | None = None
    last_reminded_at: datetime | None = None
    sessions_attended: int | None = None

    @property
    def user(self):
        return self.membership.user

    @property
    def completed_count(self) -> int:
        return sum(1 for cell in self.cells if cell.status == COMPLETED)

    @property
    def started_count(self) -> int:
        return sum(1 for cell in self.cells if cell.status != NOT_STARTED)

    @property
    def inactive_since(self) -> datetime | date:
        """Last activity, or the day they joined when they have done nothing yet."""
        return self.last_activity or self.membership.joined_on

    def is_inactive(self, now: datetime) -> bool:
        threshold = now - timedelta(days=INACTIVE_DAYS)
        since = self.inactive_since
        if isinstance(since, datetime):
            return since < threshold
        return since < threshold.date()

    def can_be_reminded(self, now: datetime) -> bool:
        return self.last_reminded_at is None or self.last_reminded_at <= now - REMIND_AGAIN_AFTER


@dataclass
class AssociationReport:
    association: Association
    courses: list[Course]
    rows: list[MemberRow]
    attendance_available: bool
    now: datetime

    @property
    def inactive(self) -> list[MemberRow]:
        return [row for row in self.rows if row.is_inactive(self.now)]


def association_report(association: Association, now: datetime | None = None) -> AssociationReport:
    """Every active member's progress in every live course, in a fixed number of queries."""
    now = now or timezone.now()
    memberships = list(
        Membership.objects.filter(association=association, active=True)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    courses = live_courses()
    rows = build_rows(memberships, courses)
    attended = sources.sessions_attended_by_user([row.user.pk for row in rows]) if rows else {}
    if attended is not None:
        for row in rows:
            row.sessions_attended = attended.get(row.user.pk, 0)
    return AssociationReport(association, courses, rows, attendance_available=attended is not None, now=now)


def build_rows(memberships: list[Membership], courses: list[Course]) -> list[MemberRow]:
    user_ids = [m.user_id for m in memberships]
    if not user_ids:
        return []
    keys = [course.key for course in courses]
    required = required_steps(courses)
    all_required = set().union(*required.values()) if required else set()

    enrolled: dict[tuple[int, uuid.UUID], datetime | None] = {}
    last_visit: dict[int, datetime] = {}
    for user_id, course_key, visited in Enrolment.objects.filter(user_id__in=user_ids).values_list(
        "user_id", "course_key", "last_visited_at"
    ):
        enrolled[(user_id, course_key)] = visited
        if visited and (user_id not in last_visit or visited > last_visit[user_id]):
            last_visit[user_id] = visited

    done: dict[tuple[int, uuid.UUID], int] = {}
    last_step: dict[int, datetime] = {}
    step_rows = (
        StepCompletion.objects.filter(user_id__in=user_ids)
        .values("user_id", "course_key")
        .annotate(n=Count("pk", filter=_in_keys(all_required)), last=Max("completed_at"))
    )
    for row in step_rows:
        done[(row["user_id"], row["course_key"])] = row["n"]
        if row["user_id"] not in last_step or row["last"] > last_step[row["user_id"]]:
            last_step[row["user_id"]] = row["last"]

    completed = {
        (user_id, key): at
        for user_id, key, at in CourseCompletion.objects.filter(user_id__in=user_ids, course_key__in=keys).values_list(
            "user_id", "course_key", "completed_at"
        )
    }
    reminded = dict(
        Reminder.objects.filter(user_id__in=user_ids)
        .values("user_id")
        .annotate(last=Max("sent_at"))
        .values_list("user_id", "last")
    )

    rows = []
    for membership in memberships:
        uid = membership.user_id
        cells = []
        for course in courses:
            total = len(required.get(course.key, ()))
            if (uid, course.key) in completed:
                cells.append(Cell(COMPLETED, total, total, completed[(uid, course.key)]))
            elif (uid, course.key) in enrolled or done.get((uid, course.key)):
                cells.append(Cell(IN_PROGRESS, min(done.get((uid, course.key), 0), total), total))
            else:
                cells.append(Cell(NOT_STARTED, 0, total))
        activity = [at for at in (last_visit.get(uid), last_step.get(uid)) if at]
        rows.append(
            MemberRow(
                membership, cells, last_activity=max(activity) if activity else None, last_reminded_at=reminded.get(uid)
            )
        )
    return rows


def _in_keys(keys: set) -> Q:
    return Q(step_key__in=list(keys)) if keys else Q(pk__in=[])
