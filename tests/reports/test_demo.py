"""The reports demo spreads activity over months and is idempotent."""

from django.core.management import call_command

from courses.models import CourseCompletion


def seed_twice():
    for _ in range(2):
        call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_demo_completions_span_several_months(db):
    seed_twice()
    months = {c.completed_at.strftime("%Y-%m") for c in CourseCompletion.objects.all()}
    assert len(months) >= 4


def test_second_run_creates_no_completions(db):
    seed_twice()
    count = CourseCompletion.objects.count()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert CourseCompletion.objects.count() == count
