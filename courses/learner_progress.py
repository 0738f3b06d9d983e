"""A learner's progress in many courses at once, reading only what is theirs.

Which steps a course requires is the same for every learner: it changes only
when a page is published, unpublished or moved (a step's `required` flag is
part of its published revision), and each of those renews the content
version. So it is kept under the content version
(`training.content_version.remembered`: in this process, or one cache round
trip with the version) and a request reads only the learner's own step
completions (and course completions, unless the caller has them).

Guarantee: `progress` answers what `services.progress_for` answers for the
same courses (tests/courses/test_learner_progress.py). The one difference in
timing: a new *draft* default-language translation of a course (no publish)
is seen when the content version next changes or the entry expires
(`content_version.TIMEOUT`), where `progress_for` would see it at once; a
draft has no live steps, so it only matters in that window.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant

from courses.models import CourseCompletion, CoursePage, StepCompletion, StepPage
from courses.services import Progress
from training import content_version

KEY = "courses:required-steps"


@dataclass(frozen=True)
class RequiredSteps:
    by_course: dict[int, frozenset[uuid.UUID]]  # every course page (live or not) → its live required steps
    default_version: dict[uuid.UUID, int]  # course translation key → its default-language page

    def of(self, course: CoursePage) -> frozenset[uuid.UUID]:
        """The required steps that count for `course`: those of its default-language version when it exists."""
        canonical = self.default_version.get(course.translation_key, course.pk)
        return self.by_course.get(canonical, frozenset())


def required_steps() -> RequiredSteps:
    return content_version.remembered(KEY, _build)


def _build() -> RequiredSteps:
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    course_at: dict[str, int] = {}
    default_version: dict[uuid.UUID, int] = {}
    rows = CoursePage.objects.values_list("path", "pk", "translation_key", "locale__language_code")
    for path, pk, key, language in rows:
        course_at[path] = pk
        if language == default_language:
            default_version[key] = pk
    found: dict[int, set] = {pk: set() for pk in course_at.values()}
    steplen = CoursePage.steplen
    for path, step_key in StepPage.objects.live().filter(required=True).values_list("path", "translation_key"):
        # The step's course is the ancestor whose path is a course's (courses do not nest).
        for end in range(len(path) - steplen, 0, -steplen):
            pk = course_at.get(path[:end])
            if pk is not None:
                found[pk].add(step_key)
                break
    return RequiredSteps({pk: frozenset(keys) for pk, keys in found.items()}, default_version)


def progress(
    user, courses: list[CoursePage], completed_at: dict[uuid.UUID, datetime] | None = None
) -> dict[uuid.UUID, Progress]:
    """Progress of `user` in each course (by translation key): one query for
    their step completions, one for their course completions unless
    `completed_at` (course key → completion time, every completion of theirs
    among these courses) is given."""
    if not courses:
        return {}
    required = required_steps()
    keys = [course.translation_key for course in courses]
    done = set(StepCompletion.objects.filter(user=user, course_key__in=keys).values_list("step_key", flat=True))
    if completed_at is None:
        completed_at = dict(
            CourseCompletion.objects.filter(user=user, course_key__in=keys).values_list("course_key", "completed_at")
        )
    answer = {}
    for course in courses:
        steps, key = required.of(course), course.translation_key
        answer[key] = Progress(len(steps & done), len(steps), completed_at.get(key))
    return answer
