"""The reports demo spreads activity over months and is idempotent."""

from django.core.management import call_command

from courses.models import CourseCompletion


def seed_again():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_demo_completions_span_several_months(demo_data):
    seed_again()  # still spread after a second run
    months = {c.completed_at.strftime("%Y-%m") for c in CourseCompletion.objects.all()}
    assert len(months) >= 4


def test_second_run_creates_no_completions(demo_data):
    count = CourseCompletion.objects.count()
    seed_again()
    assert CourseCompletion.objects.count() == count
