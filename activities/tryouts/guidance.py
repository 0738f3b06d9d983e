"""What helps both sides of a first encounter: the course lesson that
prepares the association's contact, and the newcomer's short orientation.

The lesson is a setting per region (TRYOUT_PREPARATION_LESSON_BY_REGION:
{region code: "course-slug/lesson-slug"}) with a site-wide default
(TRYOUT_PREPARATION_LESSON), so a region can point its contacts to its own
material without a developer. The default is the demo course's lesson on
one's own conduct when meeting a newcomer.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

DEFAULT_LESSON = "uudet-jasenet-tervetulleiksi/oma-toiminta"


def lesson_setting_for(region) -> str:
    by_region = getattr(settings, "TRYOUT_PREPARATION_LESSON_BY_REGION", {}) or {}
    code = getattr(region, "code", None)
    if code and by_region.get(code):
        return by_region[code]
    return getattr(settings, "TRYOUT_PREPARATION_LESSON", DEFAULT_LESSON) or ""


def preparation_lesson(region):
    """The live lesson page for contacts of `region`, in the active language
    where a translation exists; None when the setting names no live lesson."""
    from courses.models import CoursePage, LessonPage

    setting = lesson_setting_for(region)
    if "/" not in setting:
        return None
    course_slug, lesson_slug = setting.split("/", 1)
    course = CoursePage.objects.live().filter(slug=course_slug).order_by("pk").first()
    if course is None:
        return None
    lesson = LessonPage.objects.live().descendant_of(course).filter(slug=lesson_slug).first()
    if lesson is None:
        return None
    localized = lesson.localized
    return localized if localized.live else lesson


@dataclass(frozen=True)
class OrientationItem:
    icon: str
    heading: str
    text: str


def orientation(activity) -> list[OrientationItem]:
    """The newcomer's short orientation, in the active language: what to
    bring, what a first visit is like, that trying is free (where it is)."""
    free_first_visit = activity.first_visit_free
    loans = activity.loan_equipment
    bring = _("Comfortable clothes, indoor shoes if the activity is indoors, and a water bottle.")
    if loans:
        bring = bring + " " + _("The association can lend you the equipment: ask when you come.")
    items = [
        OrientationItem(icon="bag", heading=_("What to bring"), text=bring),
        OrientationItem(
            icon="people",
            heading=_("What a first visit is like"),
            text=_(
                "The contact person meets you and introduces you to the group. You can watch first and join in "
                "when you feel ready. Nobody expects you to speak Finnish well; questions are welcome."
            ),
        ),
    ]
    if free_first_visit:
        items.append(
            OrientationItem(
                icon="gift",
                heading=_("Trying is free"),
                text=_("The first visit costs nothing, and you do not have to join."),
            )
        )
    else:
        items.append(
            OrientationItem(
                icon="gift",
                heading=_("Ask about the cost"),
                text=_("Ask the contact person what trying costs and whether fee support is available."),
            )
        )
    return items
