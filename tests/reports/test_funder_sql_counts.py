"""The funder summary counts in SQL (reports.funder.cross_counts): the same
numbers, and the same suppressed tables, as counting the participants one by
one in Python (how the summary was computed before)."""

from collections import Counter
from datetime import timedelta

import pytest
from django.utils import timezone

from reports.funder import DIMENSIONS, UNKNOWN, cross_counts, funder_summary, participants
from tests.reports.conftest import complete


@pytest.fixture
def mixed(world, courses, make_members):
    """Palloseura, 14 participants with known answers, 3 members who never enrolled:
    6 women 30_54 employed (4 completed), 5 men 18_29 with no other answers (1 completed),
    3 with nothing told, one of them living in Palloseura's municipality (started only)."""
    women = make_members(world.a, 6, prefix="w")
    men = make_members(world.a, 5, prefix="man")
    silent = make_members(world.a, 3, prefix="quiet")
    make_members(world.a, 3, prefix="idle")
    for person in women:
        person.gender, person.age_band, person.employment_status = "woman", "30_54", "employed"
        person.save()
    for person in men:
        person.gender, person.age_band = "man", "18_29"
        person.save()
    silent[0].municipality = world.a.municipality
    silent[0].save()
    for person in women[:4] + men[:1]:
        complete(person, courses[0])
    for person in women[4:] + men[1:] + silent:
        complete(person, courses[0], lessons=1)
    return women, men, silent


def python_counts(user, region, start=None, end=None) -> tuple[int, dict[str, Counter]]:
    """The summary's former loop over every participant."""
    counters = {key: Counter() for key in DIMENSIONS}
    total = 0
    for person in participants(user, region, start, end):
        total += 1
        gender = person.gender or UNKNOWN
        counters["age_band"][(person.age_band or UNKNOWN, gender)] += 1
        counters["employment_status"][(person.employment_status or UNKNOWN, gender)] += 1
        counters["education_level"][(person.education_level or UNKNOWN, gender)] += 1
        counters["municipality"][(person.municipality_id, gender)] += 1
        counters["outcome"][("completed" if person.completed_on else "started", gender)] += 1
    return total, counters


def test_sql_counts_are_the_known_numbers(world, mixed):
    total, counters = cross_counts(world.coordinator, world.kainuu)
    assert total == 14
    assert counters["age_band"] == Counter({("30_54", "woman"): 6, ("18_29", "man"): 5, (UNKNOWN, UNKNOWN): 3})
    assert counters["employment_status"] == Counter(
        {("employed", "woman"): 6, (UNKNOWN, "man"): 5, (UNKNOWN, UNKNOWN): 3}
    )
    assert counters["municipality"] == Counter(
        {(None, "woman"): 6, (None, "man"): 5, (None, UNKNOWN): 2, (world.a.municipality_id, UNKNOWN): 1}
    )
    assert counters["outcome"] == Counter(
        {
            ("completed", "woman"): 4,
            ("started", "woman"): 2,
            ("completed", "man"): 1,
            ("started", "man"): 4,
            ("started", UNKNOWN): 3,
        }
    )


def test_sql_counts_equal_the_python_loop(world, mixed):
    assert cross_counts(world.coordinator, world.kainuu) == python_counts(world.coordinator, world.kainuu)


def test_sql_counts_equal_the_python_loop_in_a_period(world, mixed, courses):
    complete(world.learner_a, courses[1], lessons=1, at=timezone.now() - timedelta(days=100))
    since = timezone.localdate() - timedelta(days=10)
    sql = cross_counts(world.coordinator, world.kainuu, start=since)
    assert sql == python_counts(world.coordinator, world.kainuu, start=since)
    assert sql[0] == 14  # learner_a started before the period


def test_suppressed_tables_are_those_of_the_python_counts(world, mixed, monkeypatch):
    summary = funder_summary(world.coordinator, world.kainuu, limit=5)
    monkeypatch.setattr("reports.funder.cross_counts", python_counts)
    assert summary == funder_summary(world.coordinator, world.kainuu, limit=5)


def test_small_cells_are_hidden_in_the_sql_summary(world, mixed):
    summary = funder_summary(world.coordinator, world.kainuu, limit=5)
    outcome = next(t for key, _title, t in summary.tables if key == "outcome")
    completed, started = outcome.cells
    assert completed[1] is None  # 1 man completed
    assert started[0] is None  # 2 women started, not completed
    assert outcome.column_totals[-1] == 14
