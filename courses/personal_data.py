"""Course progress and private reflections in the personal-data export.

Registered from courses.signal_handlers (imported in AppConfig.ready()).
Courses and steps are named by their title in the active language where a
translation exists (else any language), with the translation key that
identifies them in every language.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from accounts.personal_data import register_section
from courses.models import CourseCompletion, Enrolment, Reflection, StepCompletion


def page_titles(keys) -> dict:
    """{translation key: title} of the pages with those keys, in the active language where one exists.

    For every app's export section that names pages by translation key.
    """
    keys = {key for key in keys if key}
    if not keys:
        return {}
    language = translation.get_language()
    titles: dict = {}
    for key, title, code in Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "title", "locale__language_code"
    ):
        if key not in titles or code == language:
            titles[key] = title
    return titles


def _moment(value):
    return value.isoformat() if value else None


def personal_courses(user) -> dict:
    """Enrolments (with the step last opened), completed steps and courses, and reflections (the text as saved)."""
    enrolments = list(Enrolment.objects.filter(user=user).order_by("enrolled_at", "pk"))
    steps = list(StepCompletion.objects.filter(user=user).order_by("completed_at", "pk"))
    courses = list(CourseCompletion.objects.filter(user=user).order_by("completed_at", "pk"))
    reflections = list(Reflection.objects.filter(user=user).order_by("updated_at", "pk"))
    titles = page_titles(
        [e.course_key for e in enrolments]
        + [e.last_step_key for e in enrolments]
        + [s.step_key for s in steps]
        + [s.course_key for s in steps]
        + [c.course_key for c in courses]
        + [r.step_key for r in reflections]
    )
    return {
        "enrolments": [
            {
                "course": titles.get(e.course_key),
                "course_key": str(e.course_key),
                "enrolled_at": _moment(e.enrolled_at),
                "last_step": titles.get(e.last_step_key),
                "last_visited_at": _moment(e.last_visited_at),
            }
            for e in enrolments
        ],
        "completed_steps": [
            {
                "course": titles.get(s.course_key),
                "step": titles.get(s.step_key),
                "step_key": str(s.step_key),
                "completed_at": _moment(s.completed_at),
            }
            for s in steps
        ],
        "completed_courses": [
            {
                "course": titles.get(c.course_key),
                "course_key": str(c.course_key),
                "completed_at": _moment(c.completed_at),
            }
            for c in courses
        ],
        "reflections": [
            {
                "step": titles.get(r.step_key),
                "step_key": str(r.step_key),
                "prompt_id": r.block_id,
                "text": r.text,
                "updated_at": _moment(r.updated_at),
            }
            for r in reflections
        ],
    }


register_section(
    "courses",
    personal_courses,
    label=_("Courses: progress, completions and your reflections"),
    models=[Enrolment, StepCompletion, CourseCompletion, Reflection],
)
