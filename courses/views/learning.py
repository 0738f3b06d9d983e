"""The "My learning" page: the learner's courses, with progress and where to continue."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from courses import services
from courses.models import CourseCompletion, CourseIndexPage, CoursePage, Enrolment


@login_required
def my_learning(request):
    """Courses in progress (latest activity first) and completed courses with
    their date. A fixed number of queries however many courses."""
    user = request.user
    enrolments = {e.course_key: e for e in Enrolment.objects.filter(user=user)}
    completions = {c.course_key: c for c in CourseCompletion.objects.filter(user=user)}
    keys = set(enrolments) | set(completions)

    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    current_language = get_language()
    versions: dict = {}
    for course in CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale"):
        versions.setdefault(course.translation_key, {})[course.locale.language_code] = course

    shown, canonical = {}, {}
    for key, by_language in versions.items():
        shown[key] = (
            by_language.get(current_language) or by_language.get(default_language) or next(iter(by_language.values()))
        )
        canonical[key] = by_language.get(default_language, shown[key])
    progress = services.progress_for(user, list(canonical.values()))

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
        "catalogue_url": _catalogue_url(request, current_language, default_language),
    }
    return render(request, "courses/my_learning.html", context)


def _catalogue_url(request, current_language: str, default_language: str) -> str | None:
    """The catalogue in the visitor's language, else in the default language."""
    catalogues = {
        index.locale.language_code: index
        for index in CourseIndexPage.objects.live()
        .filter(locale__language_code__in=[current_language, default_language])
        .select_related("locale")
    }
    catalogue = catalogues.get(current_language) or catalogues.get(default_language)
    return catalogue.get_url(request) if catalogue else None


def _latest_activity(row):
    enrolment = row["enrolment"]
    if enrolment is None:
        return 0.0
    return (enrolment.last_visited_at or enrolment.enrolled_at).timestamp()
