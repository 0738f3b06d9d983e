"""The members × courses matrix and activity of one association."""

from datetime import timedelta

from django.utils import timezone

from reports.association_report import COMPLETED, IN_PROGRESS, NOT_STARTED, association_report
from tests.reports.conftest import complete


def statuses(report, user):
    row = next(r for r in report.rows if r.user == user)
    return [cell.status for cell in row.cells]


def test_matrix_has_a_column_per_live_course_in_the_default_language(world, courses):
    report = association_report(world.a)
    assert [c.title for c in report.courses] == ["Tervetuloa", "Kohtaaminen"]


def test_matrix_has_a_row_per_active_member(world, courses):
    report = association_report(world.a)
    assert {row.user for row in report.rows} == {world.contact_a, world.learner_a}


def test_member_who_left_is_not_in_the_matrix(world, courses):
    world.membership_learner_a.active = False
    world.membership_learner_a.save()
    assert {row.user for row in association_report(world.a).rows} == {world.contact_a}


def test_completed_course_shows_its_date(world, courses):
    at = timezone.now() - timedelta(days=3)
    complete(world.learner_a, courses[0], at=at)
    row = next(r for r in association_report(world.a).rows if r.user == world.learner_a)
    assert row.cells[0].status == COMPLETED
    assert row.cells[0].completed_at == at


def test_half_done_course_is_in_progress_with_its_share(world, courses):
    complete(world.learner_a, courses[1], lessons=1)
    row = next(r for r in association_report(world.a).rows if r.user == world.learner_a)
    assert row.cells[1].status == IN_PROGRESS
    assert (row.cells[1].done, row.cells[1].total) == (1, 3)


def test_untouched_course_is_not_started(world, courses):
    assert statuses(association_report(world.a), world.learner_a) == [NOT_STARTED, NOT_STARTED]


def test_progress_of_another_association_member_does_not_leak_in(world, courses):
    complete(world.learner_b, courses[0])
    report = association_report(world.a)
    assert all(cell.status == NOT_STARTED for row in report.rows for cell in row.cells)


def test_member_without_activity_since_joining_long_ago_is_inactive(world, courses):
    world.membership_learner_a.joined_on = timezone.localdate() - timedelta(days=40)
    world.membership_learner_a.save()
    assert world.learner_a in {row.user for row in association_report(world.a).inactive}


def test_member_who_joined_last_week_is_not_inactive(world, courses):
    world.membership_learner_a.joined_on = timezone.localdate() - timedelta(days=7)
    world.membership_learner_a.save()
    assert world.learner_a not in {row.user for row in association_report(world.a).inactive}


def test_recent_step_completion_counts_as_activity(world, courses):
    world.membership_learner_a.joined_on = timezone.localdate() - timedelta(days=90)
    world.membership_learner_a.save()
    complete(world.learner_a, courses[0], lessons=1, at=timezone.now() - timedelta(days=2))
    report = association_report(world.a)
    row = next(r for r in report.rows if r.user == world.learner_a)
    assert not row.is_inactive(report.now)


def test_old_activity_makes_a_member_inactive(world, courses):
    world.membership_learner_a.joined_on = timezone.localdate() - timedelta(days=90)
    world.membership_learner_a.save()
    complete(world.learner_a, courses[0], lessons=1, at=timezone.now() - timedelta(days=31))
    assert world.learner_a in {row.user for row in association_report(world.a).inactive}


def test_recent_lesson_visit_counts_as_activity(world, courses):
    from courses.models import Enrolment

    world.membership_learner_a.joined_on = timezone.localdate() - timedelta(days=90)
    world.membership_learner_a.save()
    complete(world.learner_a, courses[0], lessons=1, at=timezone.now() - timedelta(days=60))
    Enrolment.objects.filter(user=world.learner_a).update(last_visited_at=timezone.now() - timedelta(days=1))
    assert world.learner_a not in {row.user for row in association_report(world.a).inactive}
