"""Learning processes: enrol, complete a step, complete a course, reflect.

Guarantees, for every function here:
- idempotent: repeating a call (double click, retry, two tabs) changes
  nothing and returns the same row;
- safe under concurrency: the unique keys of the progress rows decide;
- progress never goes backwards: nothing here deletes or un-completes;
- progress is shared across translations: courses and steps are keyed by
  their Wagtail translation_key.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from courses.models import CourseCompletion, CoursePage, Enrolment, Reflection, StepCompletion, StepPage
from courses.signals import course_completed
from training.sanitizer import sanitize_html


class LearningError(Exception):
    """A learning action that cannot be done; the message is for the learner."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    completed_at: datetime | None

    @property
    def percent(self) -> int:
        if self.completed_at is not None:
            return 100
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def started(self) -> bool:
        return self.done > 0 or self.completed_at is not None


def course_of(step: Page) -> CoursePage | None:
    """The course a step (or module) belongs to."""
    return CoursePage.objects.ancestor_of(step).first()


def canonical_course(course: CoursePage) -> CoursePage:
    """The course in the default language when it exists (the structure that
    defines which steps are required), else the course itself."""
    default = Locale.get_default()
    if course.locale_id == default.pk:
        return course
    return CoursePage.objects.filter(translation_key=course.translation_key, locale=default).first() or course


def required_step_keys(course: CoursePage) -> set[uuid.UUID]:
    """Translation keys of the live, required steps of the course."""
    steps = StepPage.objects.live().descendant_of(canonical_course(course)).filter(required=True)
    return set(steps.values_list("translation_key", flat=True))


def enrol(user, course: CoursePage) -> tuple[Enrolment, bool]:
    """Enrol `user` in `course` (any translation). Idempotent: (enrolment, created)."""
    if not course.live:
        raise LearningError(_("This course is not open."))
    return Enrolment.objects.get_or_create(user=user, course_key=course.translation_key)


def record_visit(user, step: StepPage, course: CoursePage | None = None) -> None:
    """Remember the step the learner opened last, for "continue where you left off".
    `course`: the step's course, when the caller has it already."""
    course = course or course_of(step)
    if course is None:
        return
    Enrolment.objects.filter(user=user, course_key=course.translation_key).update(
        last_step_key=step.translation_key, last_visited_at=timezone.now()
    )


def note_visit(user, step: StepPage, course: CoursePage, *, refresh) -> tuple[bool, bool]:
    """Remember `step` as the one the learner opened last in `course`, writing
    only when it is news: another step than the one stored, or the same one
    last noted more than `refresh` (a timedelta) ago.

    Returns (enrolled, changed). One UPDATE when the visit is news (the usual
    case: a learner opens the next step); one more query, to tell "not
    enrolled" from "nothing to write", only when the UPDATE changed nothing."""
    now = timezone.now()
    enrolment = Enrolment.objects.filter(user=user, course_key=course.translation_key)
    news = enrolment.filter(
        Q(last_step_key__isnull=True)
        | Q(last_visited_at__isnull=True)
        | ~Q(last_step_key=step.translation_key)
        | Q(last_visited_at__lt=now - refresh)
    )
    if news.update(last_step_key=step.translation_key, last_visited_at=now):
        return True, True
    return enrolment.exists(), False


def complete_step(user, step: StepPage) -> StepCompletion:
    """Mark `step` done for `user`; enrol them implicitly; complete the course
    when every required step is done (sending `course_completed` once).

    Refuses (LearningError) a step that is not live or not in a live course.
    Quizzes and live sessions call this when their own step is passed or attended.
    """
    step = step.specific if not isinstance(step, StepPage) else step
    if not isinstance(step, StepPage) or not step.live:
        raise LearningError(_("This step is not available."))
    course = course_of(step)
    if course is None or not course.live:
        raise LearningError(_("This step is not part of an open course."))
    with transaction.atomic():
        Enrolment.objects.get_or_create(user=user, course_key=course.translation_key)
        completion, _created = StepCompletion.objects.get_or_create(
            user=user, step_key=step.translation_key, defaults={"course_key": course.translation_key}
        )
        complete_course_if_done(user, course)
    return completion


def complete_course_if_done(user, course: CoursePage) -> CourseCompletion | None:
    """Record the course completion when all required steps are done.

    Once recorded it stays, even if a trainer later adds a required step
    (docs/courses.md). Returns the completion, or None while steps remain.
    """
    existing = CourseCompletion.objects.filter(user=user, course_key=course.translation_key).first()
    if existing is not None:
        return existing
    required = required_step_keys(course)
    if not required:
        return None
    done = StepCompletion.objects.filter(user=user, step_key__in=required).count()
    if done < len(required):
        return None
    completion, created = CourseCompletion.objects.get_or_create(user=user, course_key=course.translation_key)
    if created:
        transaction.on_commit(
            lambda: course_completed.send(
                sender=CourseCompletion,
                user=user,
                course_key=course.translation_key,
                course=course,
                completed_at=completion.completed_at,
            )
        )
    return completion


def progress_for(user, courses: list[CoursePage]) -> dict[uuid.UUID, Progress]:
    """Progress of `user` in each course, in a fixed number of queries
    (whatever the number of courses or steps)."""
    if not courses:
        return {}
    # Default-language versions of all the courses in one query (not one per course).
    keys = {c.translation_key for c in courses}
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    defaults = {
        c.translation_key: c
        for c in CoursePage.objects.filter(translation_key__in=keys, locale__language_code=default_language)
    }
    canonical = {c.translation_key: defaults.get(c.translation_key, c) for c in courses}
    path_filter = Q()
    for course in canonical.values():
        path_filter |= Q(path__startswith=course.path)
    steps = StepPage.objects.live().filter(path_filter, required=True).values_list("path", "translation_key")
    required: dict[uuid.UUID, set] = {key: set() for key in canonical}
    for path, step_key in steps:
        for key, course in canonical.items():
            if path.startswith(course.path):
                required[key].add(step_key)
    done_keys = set(
        StepCompletion.objects.filter(user=user, course_key__in=list(canonical)).values_list("step_key", flat=True)
    )
    completed = dict(
        CourseCompletion.objects.filter(user=user, course_key__in=list(canonical)).values_list(
            "course_key", "completed_at"
        )
    )
    return {key: Progress(len(required[key] & done_keys), len(required[key]), completed.get(key)) for key in canonical}


def completed_step_keys(user, course: CoursePage) -> set[uuid.UUID]:
    if not user.is_authenticated:
        return set()
    return set(
        StepCompletion.objects.filter(user=user, course_key=course.translation_key).values_list("step_key", flat=True)
    )


def save_reflection(user, step: StepPage, block_id: str, text: str) -> Reflection:
    """Store the learner's private answer to a reflection prompt of `step`.

    The block must be a reflection prompt of this step; the text passes the
    one sanitiser and is limited to Reflection.MAX_LENGTH characters.
    """
    body = getattr(step, "body", None) or []
    if not any(block.id == block_id and block.block_type == "reflection" for block in body):
        raise LearningError(_("This question is not part of the lesson."))
    if len(text) > Reflection.MAX_LENGTH:
        raise LearningError(_("Your answer is too long: at most %(max)s characters.") % {"max": Reflection.MAX_LENGTH})
    reflection, _created = Reflection.objects.update_or_create(
        user=user, step_key=step.translation_key, block_id=block_id, defaults={"text": sanitize_html(text)}
    )
    return reflection
