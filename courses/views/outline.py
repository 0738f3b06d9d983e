"""The outline of a course: its modules and steps in order, in the language of
the course page being shown.

The structure comes from the course in the default language (the one that
says which steps exist and which are required, as `services.canonical_course`
does); titles and links come from the translation in the shown language where
a live one exists, else from the default-language page. Steps are identified
by their translation key, like the progress rows, so the same outline marks
progress made in any language.

Building an outline costs a fixed number of queries whatever the size of the
course (modules, steps, translations: three or four), and the result is
cached per course page and content version (courses/caching.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from wagtail.models import Page

from courses import caching
from courses.models import CoursePage, ModulePage, StepPage
from courses.services import Progress, canonical_course


@dataclass(frozen=True)
class StepEntry:
    pk: int
    key: uuid.UUID
    title: str
    url: str
    required: bool
    minutes: int
    model_label: str  # "courses.lessonpage", "quizzes.quizpage"…
    number: int  # 1-based position in the whole course

    @property
    def kind(self) -> str:
        """The step type for people: "lesson", "quiz"… in the active language."""
        try:
            return apps.get_model(self.model_label)._meta.verbose_name
        except LookupError:
            return ""


@dataclass(frozen=True)
class ModuleEntry:
    pk: int
    key: uuid.UUID
    title: str
    summary: str
    number: int
    steps: tuple[StepEntry, ...] = ()

    @property
    def anchor(self) -> str:
        # ModulePage.serve redirects to the course page at this anchor.
        return f"module-{self.pk}"


@dataclass(frozen=True)
class Outline:
    modules: tuple[ModuleEntry, ...]
    steps: tuple[StepEntry, ...] = field(default=())

    @property
    def required_keys(self) -> frozenset[uuid.UUID]:
        return frozenset(step.key for step in self.steps if step.required)

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def position(self, key: uuid.UUID | None) -> int | None:
        for index, step in enumerate(self.steps):
            if step.key == key:
                return index
        return None

    def previous(self, key: uuid.UUID) -> StepEntry | None:
        index = self.position(key)
        return self.steps[index - 1] if index else None

    def next(self, key: uuid.UUID) -> StepEntry | None:
        index = self.position(key)
        if index is None or index + 1 >= len(self.steps):
            return None
        return self.steps[index + 1]

    def continue_step(self, done: set[uuid.UUID], last_key: uuid.UUID | None) -> StepEntry | None:
        """Where to continue: the first step not done, starting at the one last
        opened (the learner may not have finished it) and wrapping round to the
        beginning; when everything is done, the last opened step (or the first)."""
        if not self.steps:
            return None
        start = self.position(last_key) or 0
        ordered = self.steps[start:] + self.steps[:start]
        return next((step for step in ordered if step.key not in done), self.steps[start])

    def progress(self, done: set[uuid.UUID], completed_at: datetime | None) -> Progress:
        """The same figures as `services.progress_for`: live required steps of
        the course in the default language."""
        required = self.required_keys
        return Progress(len(required & done), len(required), completed_at)


def outline_for(course: CoursePage, request=None) -> Outline:
    """The outline of `course` (any translation), from the cache when it can."""
    key = caching.outline_key(course.pk, course.locale_id)
    outline = caching.get(key)
    if outline is None:
        outline = build_outline(course, request)
        caching.put(key, outline)
    return outline


def build_outline(course: CoursePage, request=None) -> Outline:
    canonical = canonical_course(course)
    modules = list(ModulePage.objects.child_of(canonical).order_by("path"))
    steps = list(StepPage.objects.live().descendant_of(canonical).order_by("path").select_related("content_type"))
    translated: dict[uuid.UUID, Page] = {}
    if course.locale_id != canonical.locale_id:
        # Modules with their summary, steps as plain pages: two queries in all.
        for model, originals in ((ModulePage, modules), (Page, steps)):
            keys = [page.translation_key for page in originals]
            translations = model.objects.live().filter(locale_id=course.locale_id, translation_key__in=keys)
            translated.update((page.translation_key, page) for page in translations)

    steps_by_module: dict[str, list[StepPage]] = {module.path: [] for module in modules}
    for step in steps:
        for module in modules:
            if step.path.startswith(module.path):
                steps_by_module[module.path].append(step)
                break

    module_entries = []
    step_entries = []
    for module in modules:
        if not module.live and not steps_by_module[module.path]:
            continue
        shown_module = translated.get(module.translation_key, module)
        entries = []
        for step in steps_by_module[module.path]:
            shown = translated.get(step.translation_key, step)
            entry = StepEntry(
                pk=shown.pk,
                key=step.translation_key,
                title=shown.title,
                url=shown.get_url(request) or "",
                required=step.required,
                minutes=step.estimated_minutes,
                model_label=step.content_type.app_label + "." + step.content_type.model,
                number=len(step_entries) + 1,
            )
            entries.append(entry)
            step_entries.append(entry)
        module_entries.append(
            ModuleEntry(
                pk=shown_module.pk,
                key=module.translation_key,
                title=shown_module.title,
                summary=shown_module.summary,
                number=len(module_entries) + 1,
                steps=tuple(entries),
            )
        )
    return Outline(modules=tuple(module_entries), steps=tuple(step_entries))
