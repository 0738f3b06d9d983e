"""The courses app's panels on the start page (accounts/start.py):

- "Continue where you left off": the learner's courses in progress, each
  linking to the step they left off at (courses:continue);
- "Suggested for you": live courses meant for the roles the person holds in
  their associations, not yet begun;
- "Pages waiting for your review": Wagtail workflow tasks the person may act on.

Each context runs a fixed number of queries, whatever the number of courses:
the live courses are kept under the content version (`live_courses`), which
steps each requires too (courses/learner_progress.py); the learner's
enrolments and completions are read once for both panels.
"""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, TaskState

from accounts.roles import is_staff
from accounts.start import group_names, register_panel, shared
from associations.start_panels import COORDINATOR
from associations.start_panels import roles as association_roles
from courses import learner_progress
from courses.authoring import REVIEWERS, TRAINERS
from courses.models import CourseCompletion, CourseIndexPage, CoursePage, Enrolment
from training import content_version

MAX_SUGGESTIONS = 3
MAX_REVIEWS = 5


def _in_language(courses) -> dict:
    """One version of each course (by translation key): the interface language's, else the default's."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    current = get_language()
    versions: dict = {}
    for course in courses:
        versions.setdefault(course.translation_key, {})[course.language_code] = course
    return {
        key: by_language.get(current) or by_language.get(default) or next(iter(by_language.values()))
        for key, by_language in versions.items()
    }


def catalogue_url(request) -> str | None:
    """The course catalogue in the interface language, else in the default
    language; the same for everyone, so kept under the content version."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    current = get_language()

    def build():
        catalogues = {
            index.locale.language_code: index
            for index in CourseIndexPage.objects.live()
            .filter(locale__language_code__in=[current, default])
            .select_related("locale")
        }
        catalogue = catalogues.get(current) or catalogues.get(default)
        return catalogue.get_url(request) if catalogue else None

    return content_version.remembered(f"courses:catalogue-url:{request.get_host()}:{current}:{default}", build)


@dataclass(frozen=True)
class CourseCard:
    """What the start page shows of a live course page (one translation).
    `language_code` is what `{% content_lang %}` reads."""

    pk: int
    translation_key: uuid.UUID
    title: str
    language_code: str
    intended_roles: tuple[str, ...]
    url: str | None


def live_courses(request) -> list[CourseCard]:
    """Every live course page (each translation), the same for everyone: kept
    under the content version per host (a publish, unpublish, move or Site
    change renews it), so a start page reads no course page."""

    def build():
        pages = CoursePage.objects.live().select_related("locale").order_by("path")
        return [
            CourseCard(
                pk=page.pk,
                translation_key=page.translation_key,
                title=page.title,
                language_code=page.locale.language_code,
                intended_roles=tuple(page.intended_roles or ()),
                url=page.get_url(request),
            )
            for page in pages
        ]

    return content_version.remembered(f"courses:start-cards:{request.get_host()}", build)


def _enrolments(user) -> dict:
    """{course key: when the learner last visited it (else enrolled)}, one query per start page."""
    return shared(
        user,
        "courses:enrolments",
        lambda: {
            key: visited or enrolled
            for key, visited, enrolled in Enrolment.objects.filter(user=user).values_list(
                "course_key", "last_visited_at", "enrolled_at"
            )
        },
    )


def _completions(user) -> dict:
    """{course key: completed at} of the learner, one query per start page."""
    return shared(
        user,
        "courses:completions",
        lambda: dict(CourseCompletion.objects.filter(user=user).values_list("course_key", "completed_at")),
    )


def continue_context(user, request) -> dict:
    enrolments = _enrolments(user)
    completed = _completions(user)
    keys = set(enrolments) - set(completed)
    shown = _in_language(card for card in live_courses(request) if card.translation_key in keys)
    progress = learner_progress.progress(user, list(shown.values()), completed_at=completed)
    rows = [
        {
            "course": course,
            "url": course.url,
            "continue_url": reverse("courses:continue", args=[course.pk]),
            "progress": progress[key],
            "visited": enrolments[key],
        }
        for key, course in shown.items()
    ]
    rows.sort(key=lambda row: row["visited"], reverse=True)
    return {"rows": rows, "catalogue_url": catalogue_url(request)}


def suggestions_context(user, request) -> dict:
    roles = association_roles(user) - {COORDINATOR}  # the roles of their active memberships
    begun = set(_enrolments(user)) | set(_completions(user))
    suggested = []
    if roles:
        courses = (card for card in live_courses(request) if card.translation_key not in begun)
        shown = _in_language(courses).values()
        suggested = [c for c in sorted(shown, key=lambda c: c.title) if roles & set(c.intended_roles)]
    return {
        "has_association": bool(roles),
        "courses": [{"course": c, "url": c.url} for c in suggested[:MAX_SUGGESTIONS]],
        "catalogue_url": catalogue_url(request),
        "find_url": reverse("associations:find"),
    }


def authors(user) -> bool:
    return is_staff(user) or bool(group_names(user) & {TRAINERS, REVIEWERS})


def reviews_context(user, request) -> dict:
    """Task states in progress that `user` may approve or reject (Wagtail's own rule)."""
    states = list(
        TaskState.objects.reviewable_by(user)
        .filter(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("workflow_state", "task")
        .order_by("-started_at")[:MAX_REVIEWS]
    )
    page_ids = [int(state.workflow_state.object_id) for state in states]
    pages = Page.objects.filter(pk__in=page_ids).in_bulk()
    items = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is not None:
            items.append(
                {
                    "title": page.title,
                    "task": state.task.name,
                    "started_at": state.started_at,
                    "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                }
            )
    return {"items": items, "admin_url": reverse("wagtailadmin_home")}


def register() -> None:
    register_panel(
        "courses-continue",
        order=10,
        applies=lambda user: True,
        context=continue_context,
        template="start/panels/courses_continue.html",
    )
    register_panel(
        "courses-suggested",
        order=40,
        applies=lambda user: True,
        context=suggestions_context,
        template="start/panels/courses_suggested.html",
    )
    register_panel(
        "courses-review",
        order=320,
        applies=authors,
        context=reviews_context,
        template="start/panels/courses_review.html",
    )
