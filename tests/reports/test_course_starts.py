"""The funnel's "started" (an enrolment with a step completion of its course)
read from reports' CourseStart rows, and how those rows follow `courses`."""

import time_machine
from django.core.management import call_command
from django.db.models import Exists, OuterRef
from django.urls import reverse

from courses.models import Enrolment, StepCompletion
from reports.course_starts import sync_course_starts
from reports.models import CourseStart
from reports.regional_report import regional_report
from tests.reports.conftest import complete


def started_by_definition(course_key) -> int:
    """The definition, straight from the progress tables."""
    has_step = Exists(StepCompletion.objects.filter(user_id=OuterRef("user_id"), course_key=OuterRef("course_key")))
    return Enrolment.objects.filter(has_step, course_key=course_key).count()


def started(world, course) -> int:
    report = regional_report(world.coordinator, world.kainuu)
    return next(row.started for row in report.funnel if row.course.key == course.course.translation_key)


def test_a_step_completion_starts_the_enrolment(world, courses):
    complete(world.learner_a, courses[0], lessons=1)
    complete(world.learner_b, courses[0], lessons=0)
    assert started(world, courses[0]) == 1


def test_a_step_completion_recorded_before_the_enrolment_counts(world, courses):
    key = courses[0].course.translation_key
    lesson = courses[0].lessons[0]
    StepCompletion.objects.create(user=world.learner_a, step_key=lesson.translation_key, course_key=key)
    Enrolment.objects.create(user=world.learner_a, course_key=key)
    assert started(world, courses[0]) == 1


def test_deleting_the_last_step_completion_unstarts_the_enrolment(world, courses):
    complete(world.learner_a, courses[1], lessons=2)
    first, second = StepCompletion.objects.filter(user=world.learner_a)
    first.delete()
    assert started(world, courses[1]) == 1
    second.delete()
    assert started(world, courses[1]) == 0


def test_deleting_the_enrolment_deletes_its_start(world, courses):
    complete(world.learner_a, courses[0], lessons=1)
    Enrolment.objects.filter(user=world.learner_a).delete()
    assert not CourseStart.objects.exists()


def test_sync_repairs_progress_loaded_without_signals(world, courses):
    key = courses[0].course.translation_key
    Enrolment.objects.bulk_create([Enrolment(user=world.learner_a, course_key=key)])
    StepCompletion.objects.bulk_create(
        [StepCompletion(user=world.learner_a, step_key=courses[0].lessons[0].translation_key, course_key=key)]
    )
    assert started(world, courses[0]) == 0
    assert sync_course_starts() == (1, 0)
    assert started(world, courses[0]) == 1


def test_sync_removes_stale_starts_and_is_idempotent(world, courses):
    complete(world.learner_a, courses[0], lessons=1)
    StepCompletion.objects.filter(user=world.learner_a)._raw_delete(StepCompletion.objects.db)  # no signals
    assert sync_course_starts() == (0, 1)
    assert sync_course_starts() == (0, 0)


def test_sync_command_reports_what_it_did(world, courses, capsys):
    call_command("sync_course_starts")
    assert "0 added, 0 removed" in capsys.readouterr().out


def test_funnel_started_matches_the_definition(world, courses, make_members):
    for i, person in enumerate(make_members(world.a, 12, prefix="mix")):
        complete(person, courses[i % 2], lessons=i % 3 or None)
    report = regional_report(world.coordinator, world.kainuu)
    for row in report.funnel:
        assert row.started == started_by_definition(row.course.key)
    assert sum(row.started for row in report.funnel) > 0


def test_figures_are_fresh_by_default(world, courses):
    complete(world.learner_a, courses[0])
    regional_report(world.coordinator, world.kainuu)
    complete(world.learner_b, courses[0])
    assert regional_report(world.coordinator, world.kainuu).funnel[0].completed == 2


def test_fresh_figures_do_not_claim_a_refresh_interval(client, world, courses, settings):
    settings.REPORTS_FIGURES_CACHE_SECONDS = 0
    client.force_login(world.coordinator)
    response = client.get(reverse("reports:region", args=[world.kainuu.pk]))
    assert "were computed at" not in response.content.decode()


def test_cached_figures_say_when_they_were_computed(client, world, courses, settings):
    settings.REPORTS_FIGURES_CACHE_SECONDS = 300
    settings.LANGUAGE_CODE = "en"
    client.force_login(world.coordinator)
    url = reverse("reports:region", args=[world.kainuu.pk])
    with time_machine.travel("2026-03-02 08:15:00+00:00", tick=False):
        client.get(url)
    with time_machine.travel("2026-03-02 08:18:00+00:00", tick=False):
        response = client.get(url)
    assert response.context["report"].figures_computed_at.isoformat() == "2026-03-02T08:15:00+00:00"
    assert "computed at" in response.content.decode()
