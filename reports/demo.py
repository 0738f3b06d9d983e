"""Demo activity for the reports: the other demos record progress "now", so
here the fictional members' completions are spread over the past months (the
regional chart has a history, some members show as inactive with a reminder
to send), and the fictional members get funder facts (gender, age group…) so
the funder summary has something to suppress.

Only fictional people (@demo.kohtaamo.example) are touched; the demo logins
keep their own recent activity. Idempotent: rows are only updated, never
created, and a second run computes the same spread.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import AgeBand, EducationLevel, EmploymentStatus, Gender
from courses.models import CourseCompletion, Enrolment, StepCompletion

FICTIONAL = "@demo.kohtaamo.example"
SPREAD_DAYS = 29  # one completion roughly every month, going back
FACTS = [
    (Gender.WOMAN, AgeBand.FROM_30_TO_54, EmploymentStatus.EMPLOYED, EducationLevel.TERTIARY),
    (Gender.MAN, AgeBand.FROM_18_TO_29, EmploymentStatus.UNEMPLOYED, EducationLevel.UPPER_SECONDARY),
    (Gender.WOMAN, AgeBand.FROM_55, EmploymentStatus.INACTIVE, EducationLevel.BASIC),
    (Gender.WOMAN, AgeBand.FROM_18_TO_29, EmploymentStatus.LONG_TERM_UNEMPLOYED, EducationLevel.UPPER_SECONDARY),
    (Gender.MAN, AgeBand.FROM_30_TO_54, EmploymentStatus.EMPLOYED, EducationLevel.TERTIARY),
]


def seed(context: dict) -> None:
    now = timezone.now()
    completions = CourseCompletion.objects.filter(user__email__endswith=FICTIONAL).order_by("user__email", "course_key")
    for index, completion in enumerate(completions):
        done_at = now - timedelta(days=12 + SPREAD_DAYS * (index % 11), hours=index)
        CourseCompletion.objects.filter(pk=completion.pk).update(completed_at=done_at)
        StepCompletion.objects.filter(user_id=completion.user_id, course_key=completion.course_key).update(
            completed_at=done_at
        )
        Enrolment.objects.filter(user_id=completion.user_id, course_key=completion.course_key).update(
            enrolled_at=done_at - timedelta(days=9), last_visited_at=done_at
        )
    User = get_user_model()
    people = User.objects.filter(email__endswith=FICTIONAL, gender="").order_by("email")
    for index, person in enumerate(people):
        gender, age, employment, education = FACTS[index % len(FACTS)]
        User.objects.filter(pk=person.pk).update(
            gender=gender, age_band=age, employment_status=employment, education_level=education
        )
