"""Keeping `CourseStart` (started enrolments) in step with `courses`.

Guarantees:
- `mark_started` and `sync_course_starts` are idempotent and safe under
  concurrency: rows are inserted with ON CONFLICT DO NOTHING on the
  enrolment's primary key, so two requests recording steps of one course at
  once create one row;
- after `sync_course_starts`, there is a CourseStart exactly for every
  enrolment with a step completion of its course (the definition of
  "started" in the funnel, regional_report.funnel);
- the receivers (reports/signal_handlers.py) keep that true one row at a
  time for changes made through the ORM; bulk loads (seed_scale) call
  `sync_course_starts` afterwards.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef

from courses.models import Enrolment, StepCompletion
from reports.models import CourseStart

BATCH = 2000


def mark_started(user_id: int, course_key) -> None:
    """Record that the person's enrolment in the course is started, when they
    are enrolled and have completed one of its steps (either may come first)."""
    enrolment = Enrolment.objects.filter(
        user_id=user_id,
        course_key=course_key,
        reports_start__isnull=True,
    ).filter(Exists(StepCompletion.objects.filter(user_id=user_id, course_key=course_key)))
    pks = list(enrolment.values_list("pk", flat=True)[:1])
    if pks:
        CourseStart.objects.bulk_create([CourseStart(enrolment_id=pks[0])], ignore_conflicts=True)


def unmark_if_no_steps(user_id: int, course_key) -> None:
    """Forget the start when the person's last step completion of the course is gone."""
    CourseStart.objects.filter(enrolment__user_id=user_id, enrolment__course_key=course_key).exclude(
        Exists(StepCompletion.objects.filter(user_id=user_id, course_key=course_key))
    ).delete()


def sync_course_starts() -> tuple[int, int]:
    """Rebuild the rows from the progress tables: (added, removed)."""
    has_step = Exists(StepCompletion.objects.filter(user_id=OuterRef("user_id"), course_key=OuterRef("course_key")))
    missing = (
        Enrolment.objects.filter(has_step, reports_start__isnull=True).values_list("pk", flat=True).iterator(BATCH)
    )
    added = 0
    batch: list[CourseStart] = []
    for pk in missing:
        batch.append(CourseStart(enrolment_id=pk))
        if len(batch) >= BATCH:
            added += len(CourseStart.objects.bulk_create(batch, ignore_conflicts=True))
            batch = []
    if batch:
        added += len(CourseStart.objects.bulk_create(batch, ignore_conflicts=True))
    stale_step = Exists(
        StepCompletion.objects.filter(
            user_id=OuterRef("enrolment__user_id"), course_key=OuterRef("enrolment__course_key")
        )
    )
    removed, _ = CourseStart.objects.exclude(stale_step).delete()
    return added, removed
