"""The dashboard's completions per month follow the calendar of the site's
time zone (Europe/Helsinki), at both ends of the twelve months shown."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from reports.regional_report import regional_report
from tests.reports.conftest import complete

HELSINKI = ZoneInfo("Europe/Helsinki")


def months_at(world, now):
    report = regional_report(world.coordinator, world.kainuu, now=now)
    return {m.month: m.completions for m in report.months}


def test_just_after_midnight_on_the_first_the_new_month_is_the_last_one_shown(world, courses):
    # As timezone.now() gives it: in UTC, where it is still 30 November.
    now = datetime(2026, 12, 1, 0, 30, tzinfo=HELSINKI).astimezone(UTC)
    complete(world.learner_a, courses[0], at=now)
    months = months_at(world, now)
    assert max(months) == date(2026, 12, 1)
    assert months[date(2026, 12, 1)] == 1


def test_the_first_month_shown_starts_at_its_local_midnight(world, courses):
    now = datetime(2026, 12, 15, 12, 0, tzinfo=HELSINKI).astimezone(UTC)
    complete(world.learner_a, courses[0], at=datetime(2026, 1, 1, 0, 10, tzinfo=HELSINKI))
    complete(world.learner_b, courses[0], at=datetime(2025, 12, 31, 23, 50, tzinfo=HELSINKI))
    months = months_at(world, now)
    assert min(months) == date(2026, 1, 1)
    assert months[date(2026, 1, 1)] == 1
    assert sum(months.values()) == 1  # the one in December 2025 is before the chart
