"""The courses app's panels on the start page (accounts/start.py):

- "Continue where you left off": the learner's courses in progress, each
  linking to the step they left off at (courses:continue);
- "Suggested for you": live courses meant for the roles the person holds in
  their associations, not yet begun;
- "Pages waiting for your review": Wagtail workflow tasks the person may act on.

Each context runs a fixed number of queries, whatever the number of courses.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, TaskState

from accounts.roles import is_staff
from accounts.start import register_panel
from associations.models import Membership
from courses import services
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
        versions.setdefault(course.translation_key, {})[course.locale.language_code] = course
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


def continue_context(user, request) -> dict:
    enrolments = {e.course_key: e for e in Enrolment.objects.filter(user=user)}
    done = set(CourseCompletion.objects.filter(user=user).values_list("course_key", flat=True))
    keys = set(enrolments) - done
    shown = _in_language(CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale"))
    progress = services.progress_for(user, list(shown.values()))
    rows = [
        {
            "course": course,
            "url": course.get_url(request),
            "continue_url": reverse("courses:continue", args=[course.pk]),
            "progress": progress[key],
            "visited": enrolments[key].last_visited_at or enrolments[key].enrolled_at,
        }
        for key, course in shown.items()
    ]
    rows.sort(key=lambda row: row["visited"], reverse=True)
    return {"rows": rows, "catalogue_url": catalogue_url(request)}


def suggestions_context(user, request) -> dict:
    roles = set(Membership.objects.filter(user=user, active=True).values_list("role", flat=True))
    begun = set(Enrolment.objects.filter(user=user).values_list("course_key", flat=True)) | set(
        CourseCompletion.objects.filter(user=user).values_list("course_key", flat=True)
    )
    suggested = []
    if roles:
        courses = CoursePage.objects.live().exclude(translation_key__in=begun).select_related("locale")
        shown = _in_language(courses).values()
        suggested = [c for c in sorted(shown, key=lambda c: c.title) if roles & set(c.intended_roles or [])]
    return {
        "has_association": bool(roles),
        "courses": [{"course": c, "url": c.get_url(request)} for c in suggested[:MAX_SUGGESTIONS]],
        "catalogue_url": catalogue_url(request),
        "find_url": reverse("associations:find"),
    }


def authors(user) -> bool:
    return is_staff(user) or user.groups.filter(name__in=[TRAINERS, REVIEWERS]).exists()


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
