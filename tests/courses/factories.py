"""Factories for the course tree (wagtail-factories) and a builder for whole
courses: index → course → modules → lessons, optionally translated."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale, Page

from courses.models import (
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    StepCompletion,
)
from tests.factories import UserFactory


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Kurssit"
    slug = "kurssit"
    intro = "Kursseja yhdistysten jäsenille."


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Kurssi {n}")
    summary = "Kurssi seuroille, jotka haluavat ottaa uudet jäsenet hyvin vastaan."
    description = "<p>Kurssilla opitaan kohtaamaan uusia jäseniä.</p>"
    topic = "welcoming"
    intended_roles = ["member", "coach"]
    estimated_minutes = 90
    learning_outcomes = [
        ("outcome", {"text": "tunnistaa omat ennakko-oletuksensa", "competences": ["knowledge_of_self"]}),
    ]


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Moduuli {n}")
    summary = "Moduulin tiivistelmä."


def lesson_body(reflection: bool = True) -> list[dict]:
    body = [
        {"type": "heading", "value": {"text": "Aluksi", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Jokainen meistä katsoo maailmaa oman kulttuurinsa läpi.</p>"},
        {
            "type": "callout",
            "value": {"kind": "tip", "title": "Vinkki", "text": "<p>Kysy nimen lausumisesta.</p>"},
        },
    ]
    if reflection:
        body.append({"type": "reflection", "id": "reflect-1", "value": {"prompt": "Milloin olit itse uusi?"}})
    return body


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Oppitunti {n}")
    intro = "Tässä oppitunnissa pohditaan kohtaamista."
    estimated_minutes = 10
    body = factory.LazyFunction(lesson_body)


@dataclass
class CourseTree:
    index: CourseIndexPage
    course: CoursePage
    modules: list[ModulePage]
    lessons: list[LessonPage]
    translations: dict[str, dict[int, Page]] = field(default_factory=dict)

    def translated(self, page: Page, language_code: str) -> Page:
        return self.translations[language_code][page.pk]


def build_course_tree(
    home: Page, *, modules: int = 2, lessons: int = 2, slug: str = "kurssi", title: str = "Kurssi", **course_fields
) -> CourseTree:
    """index (reused if there is one) → course → `modules` × `lessons`, all live."""
    index = CourseIndexPage.objects.child_of(home).first() or CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, slug=slug, title=title, **course_fields)
    module_pages, lesson_pages = [], []
    for m in range(1, modules + 1):
        module = ModulePageFactory(parent=course, title=f"{title}: moduuli {m}", slug=f"moduuli-{m}")
        module_pages.append(module)
        for n in range(1, lessons + 1):
            lesson_pages.append(
                LessonPageFactory(parent=module, title=f"{title}: oppitunti {m}.{n}", slug=f"oppitunti-{m}-{n}")
            )
    return CourseTree(index=index, course=course, modules=module_pages, lessons=lesson_pages)


def translate_tree(tree: CourseTree, language_code: str, *, title_prefix: str | None = None) -> dict[int, Page]:
    """Translate the whole course (and the index) into `language_code` and publish it.

    Titles get a "[xx]" prefix (or `title_prefix`) so tests can tell the versions apart.
    Returns {original pk: translated page}.
    """
    locale = Locale.objects.get(language_code=language_code)
    prefix = title_prefix if title_prefix is not None else f"[{language_code}] "
    result: dict[int, Page] = {}
    pages = [tree.index, tree.course, *tree.modules, *tree.lessons]
    pages.sort(key=lambda page: page.path)
    for page in pages:
        existing = page.get_translation_or_none(locale)
        if existing is None:
            existing = page.copy_for_translation(locale, copy_parents=True)
        translated = existing.specific
        if page is not tree.index or not translated.live:
            translated.title = prefix + page.title
            translated.save_revision().publish()
            translated.refresh_from_db()
        result[page.pk] = translated
    tree.translations[language_code] = result
    return result


# Progress rows. They hold translation keys, not pages, so every language
# version counts: pass `course=` / `step=` (a page) or the `*_key` itself.


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment
        django_get_or_create = ("user", "course_key")

    class Params:
        course = None

    user = factory.SubFactory(UserFactory)
    course_key = factory.LazyAttribute(lambda o: o.course.translation_key if o.course else uuid.uuid4())
    enrolled_at = factory.LazyFunction(timezone.now)


class StepCompletionFactory(factory.django.DjangoModelFactory):
    """A completed step; `step=` a lesson page fills both keys from its course."""

    class Meta:
        model = StepCompletion
        django_get_or_create = ("user", "step_key")

    class Params:
        step = None

    user = factory.SubFactory(UserFactory)
    step_key = factory.LazyAttribute(lambda o: o.step.translation_key if o.step else uuid.uuid4())
    course_key = factory.LazyAttribute(lambda o: _course_of(o.step).translation_key if o.step else uuid.uuid4())
    completed_at = factory.LazyFunction(timezone.now)


class CourseCompletionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseCompletion
        django_get_or_create = ("user", "course_key")

    class Params:
        course = None

    user = factory.SubFactory(UserFactory)
    course_key = factory.LazyAttribute(lambda o: o.course.translation_key if o.course else uuid.uuid4())
    completed_at = factory.LazyFunction(timezone.now)


def _course_of(step: Page) -> CoursePage:
    return CoursePage.objects.ancestor_of(step).get()


def record_progress(user, tree: CourseTree, lessons: int | None = None, at=None) -> None:
    """Progress written straight to the rows (no services, no signals skipped):
    enrolled, the first `lessons` lessons of `tree` done at `at`; all of them
    (lessons=None) also completes the course."""
    at = at or timezone.now()
    key = tree.course.translation_key
    EnrolmentFactory(user=user, course_key=key, enrolled_at=at)
    for lesson in tree.lessons if lessons is None else tree.lessons[:lessons]:
        StepCompletionFactory(user=user, step_key=lesson.translation_key, course_key=key, completed_at=at)
    if lessons is None:
        CourseCompletionFactory(user=user, course_key=key, completed_at=at)
