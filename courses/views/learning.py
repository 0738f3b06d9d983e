"""The "My learning" page: the learner's courses, with progress and where to continue."""

from typing import NamedTuple
from uuid import UUID

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from courses import learner_progress
from courses.models import CourseCompletion, CoursePage, Enrolment
from courses.start_panels import catalogue_url
from training import content_version


class CourseLink(NamedTuple):
    """What the page shows of a live course version."""

    pk: int
    translation_key: UUID
    title: str
    url: str


@login_required
def my_learning(request):
    """Courses in progress (latest activity first) and completed courses with
    their date. A fixed number of queries however many courses: the learner's
    enrolments, course completions and step completions; the courses' titles
    and links and which steps they require are the same for everyone and kept
    under the content version (renewed on every publish, unpublish and move)."""
    user = request.user
    enrolments = {e.course_key: e for e in Enrolment.objects.filter(user=user)}
    completions = {c.course_key: c for c in CourseCompletion.objects.filter(user=user)}
    keys = set(enrolments) | set(completions)

    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    current_language = get_language()
    links = _course_links(request)
    shown, canonical = {}, {}
    for key, by_language in links.items():  # the site's order: the same page for the same data
        if key not in keys:
            continue
        shown[key] = (
            by_language.get(current_language) or by_language.get(default_language) or next(iter(by_language.values()))
        )
        canonical[key] = by_language.get(default_language, shown[key])
    completed_at = {key: completion.completed_at for key, completion in completions.items()}
    progress = learner_progress.progress(user, list(canonical.values()), completed_at=completed_at)

    in_progress, completed = [], []
    for key, course in shown.items():
        row = {
            "course": course,
            "progress": progress[key],
            "enrolment": enrolments.get(key),
            "completion": completions.get(key),
        }
        (completed if key in completions else in_progress).append(row)
    in_progress.sort(key=_latest_activity, reverse=True)
    completed.sort(key=lambda row: row["completion"].completed_at, reverse=True)
    context = {
        "in_progress": in_progress,
        "completed": completed,
        "catalogue_url": catalogue_url(request),
    }
    return render(request, "courses/my_learning.html", context)


def _course_links(request) -> dict[UUID, dict[str, CourseLink]]:
    """Every live course on this host: translation key → language → its link."""

    def build():
        links: dict = {}
        for course in CoursePage.objects.live().select_related("locale").order_by("path"):
            link = CourseLink(course.pk, course.translation_key, course.title, course.get_url(request))
            links.setdefault(course.translation_key, {})[course.locale.language_code] = link
        return links

    return content_version.remembered(f"courses:course-links:{request.get_host()}", build)


def _latest_activity(row):
    enrolment = row["enrolment"]
    if enrolment is None:
        return 0.0
    return (enrolment.last_visited_at or enrolment.enrolled_at).timestamp()
