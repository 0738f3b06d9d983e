"""Dates in readiness prose are in the reader's format ("3.10.2026" in Finnish),
not ISO; association texts on pages in another interface language carry the
language they are written in (lang="fi", dir="auto")."""

from datetime import date

import pytest
from django.utils import translation

from readiness import services
from readiness.evaluation import evaluate
from readiness.models import CriterionKind, ReadinessEvent
from tests.readiness.helpers import meet_everything


def plan_result(association):
    return next(r for r in evaluate(association).results if r.kind == CriterionKind.PLAN_APPROVED)


@pytest.fixture
def planned(world, team, course):
    meet_everything(world, team, course)
    record = evaluate(world.a).record
    record.plan_board_approved_on = date(2026, 10, 3)
    record.plan_review_date = date(2099, 9, 1)
    record.save()
    return world.a


def test_plan_summary_gives_the_dates_in_finnish_format_to_a_finnish_reader(planned):
    with translation.override("fi"):
        summary = str(plan_result(planned).summary)
    assert "3.10.2026" in summary and "1.9.2099" in summary


def test_plan_summary_has_no_iso_dates(planned):
    with translation.override("fi"):
        summary = str(plan_result(planned).summary)
    assert "2026-10-03" not in summary


def test_history_shows_a_lapse_date_in_the_readers_format(client, world, team):
    ReadinessEvent.objects.create(association=world.a, kind=ReadinessEvent.Kind.LAPSED, comment="2026-10-03")
    client.force_login(world.coordinator)
    html = client.get(f"/fi/readiness/associations/{world.a.slug}/").content.decode()
    assert "3.10.2026" in html and "2026-10-03</p>" not in html


def test_history_keeps_a_coordinators_comment_as_written(client, world, team):
    services.comment(world.a, world.coordinator, "Lisätkää suunnitelman päivämäärä.")
    client.force_login(world.coordinator)
    html = client.get(f"/fi/readiness/associations/{world.a.slug}/").content.decode()
    assert "Lisätkää suunnitelman päivämäärä." in html


@pytest.fixture
def approved(world, team, course):
    meet_everything(world, team, course)
    services.save_measures(
        world.a, world.contact_a, measures="Loan equipment for all newcomers.", public_summary="Jalkapalloa kaikille."
    )
    services.submit_for_review(world.a, world.contact_a)
    services.approve(world.a, world.coordinator)
    return world.a


def test_arabic_profile_marks_the_association_name_as_finnish(client, approved):
    html = client.get(f"/ar/readiness/welcoming/{approved.slug}/").content.decode()
    assert f'<h1 lang="fi" dir="auto">{approved.name}</h1>' in html


def test_arabic_profile_marks_the_public_summary_as_finnish(client, approved):
    html = client.get(f"/ar/readiness/welcoming/{approved.slug}/").content.decode()
    assert '<p class="readiness-text" lang="fi" dir="auto">Jalkapalloa kaikille.</p>' in html


def test_arabic_directory_card_marks_the_summary_as_finnish(client, approved):
    html = client.get("/ar/readiness/").content.decode()
    assert 'lang="fi" dir="auto">Jalkapalloa kaikille.</p>' in html


def test_finnish_profile_adds_no_language_attributes(client, approved):
    html = client.get(f"/fi/readiness/welcoming/{approved.slug}/").content.decode()
    assert f"<h1>{approved.name}</h1>" in html


def test_history_isolates_the_actors_name_from_the_surrounding_text(client, world, team):
    services.comment(world.a, world.coordinator, "Hyvä alku.")
    client.force_login(world.coordinator)
    html = client.get(f"/fi/readiness/associations/{world.a.slug}/").content.decode()
    name = world.coordinator.get_full_name() or world.coordinator.email
    assert f"(<bdi>{name}</bdi>)" in html
