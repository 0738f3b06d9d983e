"""The median days to completion computed in the database (reports.course_analytics._median_days)."""

from datetime import timedelta

from django.utils import timezone

from courses.models import CourseCompletion, Enrolment
from reports.catalogue import live_courses
from reports.course_analytics import EVERYONE, course_rows
from tests.reports.conftest import complete


def test_median_of_an_odd_number_is_the_middle_one_and_negatives_count_as_zero(courses, make_members, world):
    now = timezone.now()
    people = make_members(world.a, 3)
    for person, days in zip(people, (-2, 3, 9), strict=True):
        complete(person, courses[0], at=now)
        Enrolment.objects.filter(user=person).update(enrolled_at=now - timedelta(days=days))
    rows = {row.course.title: row for row in course_rows(live_courses(), EVERYONE)}
    assert rows["Tervetuloa"].median_days == 3.0
    assert rows["Tervetuloa"].completed == CourseCompletion.objects.count() == 3


def test_median_uses_the_enrolment_of_the_same_course_and_skips_a_completion_without_one(courses, make_members, world):
    """The enrolment is joined on (person, course): a person's enrolment in
    another course never times this course, and a completion whose enrolment
    row is gone is left out of the median (but still counted as completed)."""
    now = timezone.now()
    timed, orphan = make_members(world.a, 2)
    complete(timed, courses[0], at=now)
    complete(timed, courses[1], at=now)
    Enrolment.objects.filter(user=timed, course_key=courses[0].course.translation_key).update(
        enrolled_at=now - timedelta(days=4)
    )
    Enrolment.objects.filter(user=timed, course_key=courses[1].course.translation_key).update(
        enrolled_at=now - timedelta(days=10)
    )
    complete(orphan, courses[0], at=now)
    Enrolment.objects.filter(user=orphan).delete()
    rows = {row.course.title: row for row in course_rows(live_courses(), EVERYONE)}
    assert rows["Tervetuloa"].median_days == 4.0
    assert rows["Tervetuloa"].completed == 2
    assert rows["Kohtaaminen"].median_days == 10.0
