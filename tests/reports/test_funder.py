"""The funder summary: who counts as a participant, dates, suppressed cells."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from associations.models import Membership
from reports.funder import funder_summary, participants
from tests.reports.conftest import complete


@pytest.fixture
def crowd(world, courses, make_members):
    """Palloseura: 12 women who started (7 completed), 2 men who started; 3 members who never enrolled."""
    women = make_members(world.a, 12, prefix="w")
    men = make_members(world.a, 2, prefix="man")
    make_members(world.a, 3, prefix="idle")
    for person in women:
        person.gender, person.age_band = "woman", "30_54"
        person.save()
    for person in men:
        person.gender, person.age_band = "man", "18_29"
        person.save()
    for person in women[:7]:
        complete(person, courses[0])
    for person in women[7:] + men:
        complete(person, courses[0], lessons=1)
    return women, men


def table(summary, key):
    return next(t for k, _title, t in summary.tables if k == key)


def test_participants_are_members_who_enrolled(world, crowd):
    assert len(list(participants(world.coordinator, world.kainuu))) == 14


def test_staff_and_coordinators_are_not_participants(world, crowd, courses):
    Membership.objects.create(user=world.coordinator, association=world.a)
    complete(world.coordinator, courses[0])
    assert world.coordinator.pk not in {p.pk for p in participants(world.coordinator, world.kainuu)}


def test_start_is_the_first_enrolment_and_completion_the_first_completed_course(world, courses):
    start = timezone.now() - timedelta(days=20)
    complete(world.learner_a, courses[1], lessons=1, at=start)
    complete(world.learner_a, courses[0], at=start + timedelta(days=5))
    person = next(p for p in participants(world.coordinator, world.kainuu) if p.pk == world.learner_a.pk)
    assert (person.started_on, person.completed_on) == (start.date(), (start + timedelta(days=5)).date())


def test_period_keeps_only_those_who_started_in_it(world, courses):
    complete(world.learner_a, courses[0], lessons=1, at=timezone.now() - timedelta(days=100))
    complete(world.learner_b, courses[0], lessons=1)
    since = timezone.localdate() - timedelta(days=10)
    assert [p.pk for p in participants(world.coordinator, world.kainuu, start=since)] == [world.learner_b.pk]


def test_small_gender_cell_is_hidden(world, crowd):
    summary = funder_summary(world.coordinator, world.kainuu, limit=5)
    age = table(summary, "age_band")
    men_column = 1  # gender columns follow accounts.Gender: woman, man, non-binary, undisclosed, not told
    assert age.column_totals[men_column] is None  # 2 men


def test_large_cell_is_shown(world, crowd):
    summary = funder_summary(world.coordinator, world.kainuu, limit=5)
    outcome = table(summary, "outcome")
    assert outcome.cells[0][0] == 7  # 7 women completed


def test_totals_cannot_reveal_a_hidden_cell(world, crowd):
    summary = funder_summary(world.coordinator, world.kainuu, limit=5)
    for _key, _title, t in summary.tables:
        grid = [*t.cells, t.column_totals]
        for line in [*grid, *zip(*grid, strict=True)]:
            assert sum(value is None for value in line) != 1


def test_funder_page_shows_hidden_cells_as_below_threshold(client, world, crowd):
    client.force_login(world.coordinator)
    response = client.get(reverse("reports:funder", args=[world.kainuu.pk]))
    assert response.status_code == 200
    assert "&lt;5" in response.content.decode()


def test_period_with_start_after_end_is_refused_clearly(client, world, crowd):
    client.force_login(world.coordinator)
    response = client.get(
        reverse("reports:funder", args=[world.kainuu.pk]), {"start": "2026-05-01", "end": "2026-01-01"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors


def test_invalid_date_is_not_a_500(client, world, crowd):
    client.force_login(world.coordinator)
    response = client.get(reverse("reports:funder", args=[world.kainuu.pk]), {"start": "not-a-date"})
    assert response.status_code == 200


def test_participant_export_has_no_names_or_emails(client, world, crowd):
    client.force_login(world.coordinator)
    response = client.get(reverse("reports:region_export", args=[world.kainuu.pk, "funder-participants", "csv"]))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "@" not in text
    assert len(list(csv.reader(io.StringIO(text)))) == 15


def test_summary_export_writes_hidden_cells_as_below_threshold(client, world, crowd):
    client.force_login(world.coordinator)
    response = client.get(reverse("reports:region_export", args=[world.kainuu.pk, "funder-summary", "csv"]))
    assert "<5" in b"".join(response.streaming_content).decode("utf-8-sig")
