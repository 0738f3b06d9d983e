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
