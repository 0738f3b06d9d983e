"""The courses reports count: live CoursePages in the default language,
identified by translation_key like every progress row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from wagtail.coreutils import get_supported_content_language_variant

from courses.models import CoursePage, StepPage


@dataclass(frozen=True)
class Course:
    key: uuid.UUID
    title: str
    path: str


def live_courses() -> list[Course]:
    """Live courses in the default language, in catalogue order. One query."""
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    rows = (
        CoursePage.objects.live()
        .filter(locale__language_code=language)
        .order_by("path")
        .values_list("translation_key", "title", "path")
    )
    return [Course(key, title, path) for key, title, path in rows]


def required_steps(courses: list[Course]) -> dict[uuid.UUID, set[uuid.UUID]]:
    """course key -> translation keys of its live, required steps. One query."""
    required: dict[uuid.UUID, set[uuid.UUID]] = {course.key: set() for course in courses}
    if not courses:
        return required
    path_filter = Q()
    for course in courses:
        path_filter |= Q(path__startswith=course.path)
    steps = StepPage.objects.live().filter(path_filter, required=True).values_list("path", "translation_key")
    for path, step_key in steps:
        for course in courses:
            if path.startswith(course.path):
                required[course.key].add(step_key)
                break
    return required
