"""The course catalogue (CourseIndexPage).

A course translated into several languages is one course: the catalogue
groups live courses by translation key and shows each in the visitor's
language where a translation exists, else in the default language. Filters:
topic, language (courses available in it, shown in it), duration band; and a
Wagtail search over courses and lessons, where a lesson hit shows its course.
A fixed number of queries whatever the number of courses.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.template.loader import get_template, render_to_string
from django.template.response import TemplateResponse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from courses import caching, learner_progress, services, shared_render
from courses.forms import CatalogueFilterForm
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage
from training.interface_language import in_interface_language

SEARCH_LIMIT = 500
SHARED_FORMAT = 1  # of the shared catalogue content's cache entries


class CourseRef(NamedTuple):
    """What a learner's badge needs of a card's course (its default-language version)."""

    pk: int
    translation_key: object


@dataclass
class CatalogueEntry:
    course: CoursePage  # the version shown
    canonical: CoursePage  # the default-language version (or the shown one)
    languages: list[dict]
    url: str = ""
    versions: list[CoursePage] = field(default_factory=list)
    matching_lessons: list[str] = field(default_factory=list)
    progress: services.Progress | None = None
    enrolled: bool = False


def catalogue(request, index: CourseIndexPage):
    """The catalogue; without filters, anonymous visitors get a cached copy (courses/caching.py)."""
    cacheable = (
        not request.user.is_authenticated
        and caching.may_use_page_cache(request)
        and not index.get_view_restrictions().exists()
    )
    if not cacheable:
        return _catalogue(request, index)
    key = caching.page_key(request)
    cached = caching.cached_page(request, key)
    if cached is not None:
        return cached
    response = _catalogue(request, index).render()
    if response.status_code == 200 and not response.cookies:
        caching.store_page(key, response.content)
    return response


def _catalogue(request, index: CourseIndexPage):
    form = CatalogueFilterForm(request.GET or None)
    context = index.get_context(request)
    context["form"] = form
    if not request.GET:
        context["catalogue_html"] = _shared_content(request, index, context)
        return TemplateResponse(request, index.get_template(request), context)

    filters = form.filters()
    entries = _entries(request, index, wanted_language=filters.get("language") or get_language())
    if "language" in filters:
        entries = [e for e in entries if any(lang["code"] == filters["language"] for lang in e.languages)]
    if "topic" in filters:
        entries = [e for e in entries if e.course.topic == filters["topic"]]
    if "duration" in filters:
        low, high = CatalogueFilterForm.duration_range(filters["duration"])
        entries = [
            e
            for e in entries
            if low <= e.course.estimated_minutes and (high is None or e.course.estimated_minutes <= high)
        ]
    if filters.get("q"):
        entries = _search(entries, filters["q"])
    if request.user.is_authenticated:
        badges = _badges(request.user, [e.canonical for e in entries])
        for entry, (progress, enrolled) in zip(entries, badges, strict=True):
            entry.progress, entry.enrolled = progress, enrolled
    context.update({"entries": entries, "filtered": bool(filters)})
    return TemplateResponse(request, index.get_template(request), context)


def _badges(user, canonical: list) -> list[tuple[services.Progress, bool]]:
    """The learner's progress in each course and whether they are enrolled,
    in order: three queries (step completions, course completions, enrolments)."""
    if not canonical:
        return []
    progress = learner_progress.progress(user, canonical)
    keys = [course.translation_key for course in canonical]
    enrolled = set(Enrolment.objects.filter(user=user, course_key__in=keys).values_list("course_key", flat=True))
    return [(progress[course.translation_key], course.translation_key in enrolled) for course in canonical]


def _shared_content(request, index: CourseIndexPage, context) -> SafeString:
    """The unfiltered catalogue as everyone sees it, rendered once per
    catalogue, host, path, language and content version (a key read before
    the courses are), with this learner's badges filled in
    (courses/shared_render.py). Anything published, unpublished or moved, and
    any view-restriction change, renews the content version."""
    content = shared_render.current_content_version(request)
    parts = [request.get_host(), request.path, str(index.pk), get_language() or "", content]
    key = "courses:catalogue-content:" + hashlib.sha256("|".join(parts).encode()).hexdigest()
    entry = cache.get(key)
    if not (isinstance(entry, dict) and entry.get("format") == SHARED_FORMAT):
        entries = _entries(request, index, wanted_language=get_language())
        shared = {**context, "entries": entries, "filtered": False, "personal_slots": {}}
        shared["personal_own_parts"] = []
        html = render_to_string("courses/includes/catalogue_content.html", shared, request=request)
        cards = [CourseRef(e.canonical.pk, e.canonical.translation_key) for e in entries]
        entry = {"format": SHARED_FORMAT, "html": html, "slots": shared["personal_slots"], "cards": cards}
        cache.set(key, entry, timeout=shared_render.TIMEOUT)
    own = {}
    if request.user.is_authenticated:
        badge = get_template("courses/includes/catalogue_badge.html")
        for course, (progress, enrolled) in zip(entry["cards"], _badges(request.user, entry["cards"]), strict=True):
            if enrolled or progress.started:
                own[("course-badge", course.translation_key.hex)] = badge.render(
                    {"progress": progress, "enrolled": enrolled}
                )
    return mark_safe(shared_render.fill(entry, shared_render.Flags(), own))  # noqa: S308 - rendered by our templates


def _entries(request, index: CourseIndexPage, wanted_language: str) -> list[CatalogueEntry]:
    """One entry per course (translation key), in the catalogue's order."""
    index_paths = Page.objects.filter(translation_key=index.translation_key).values_list("path", flat=True)
    under_an_index = Q()
    for path in index_paths:
        under_an_index |= Q(path__startswith=path)
    courses = list(
        CoursePage.objects.live()
        .public()
        .filter(under_an_index)
        .select_related("locale", "cover_image")
        .prefetch_related("cover_image__renditions")
        .order_by("path")
    )
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    current_language = get_language()
    groups: dict = {}
    for course in courses:
        groups.setdefault(course.translation_key, {})[course.locale.language_code] = course

    entries = []
    for versions in groups.values():
        shown = (
            versions.get(wanted_language)
            or versions.get(current_language)
            or versions.get(default_language)
            or next(iter(versions.values()))
        )
        canonical = versions.get(default_language, shown)
        languages = [
            {"code": code, "name": _language_name(code), "url": version.get_url(request)}
            for code, version in sorted(versions.items(), key=lambda item: _language_order(item[0]))
        ]
        entries.append(
            CatalogueEntry(
                course=shown,
                canonical=canonical,
                languages=languages,
                url=_in_interface_language(shown, request, current_language),
                versions=list(versions.values()),
            )
        )
    # The editors' order of the default-language catalogue.
    entries.sort(key=lambda e: e.canonical.path)
    return entries


def _in_interface_language(course: CoursePage, request, interface_language: str) -> str:
    """The card's link: a course shown in another language keeps the visitor's interface language."""
    url = course.get_url(request)
    if course.locale.language_code == interface_language:
        return url
    return in_interface_language(url, interface_language)


def _search(entries: list[CatalogueEntry], query: str) -> list[CatalogueEntry]:
    """Courses whose own text matches, or that contain a matching lesson."""
    hits = {course.translation_key for course in _safe_search(CoursePage.objects.live(), query)}
    # A lesson lives under one translation of its course: map every version's path.
    course_paths = {version.path: entry for entry in entries for version in entry.versions}
    for lesson in _safe_search(LessonPage.objects.live(), query):
        for path, entry in course_paths.items():
            if lesson.path.startswith(path):
                hits.add(entry.course.translation_key)
                if lesson.title not in entry.matching_lessons and len(entry.matching_lessons) < 3:
                    entry.matching_lessons.append(lesson.title)
                break
    return [e for e in entries if e.course.translation_key in hits]


def _safe_search(queryset, query: str) -> list:
    try:
        return list(queryset.search(query)[:SEARCH_LIMIT])
    except Exception:  # a query the search backend cannot parse finds nothing
        return []


def _language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


def _language_order(code: str) -> int:
    codes = [c for c, _name in settings.SITE_LANGUAGES]
    return codes.index(code) if code in codes else len(codes)
