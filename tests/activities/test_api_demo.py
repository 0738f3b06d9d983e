"""The open data API over the whole seeded demo offering (a dozen activities,
Arabic and English translations): every answer matches the OpenAPI document
and every schedule is a valid calendar."""

import json

import jsonschema
import pytest
from icalendar import Calendar

from activities.api.openapi import document
from activities.models import Activity

pytestmark = pytest.mark.django_db


def _validator(name: str):
    schema = {**document()["components"]["schemas"][name], "components": document()["components"]}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("lang", ["fi", "en", "ar", "fa"])
def test_every_demo_activity_matches_the_documented_schema(client, demo_data, lang):
    response = client.get("/api/v1/activities", {"page_size": 100, "lang": lang})
    body = json.loads(response.content)
    _validator("ActivityPage").validate(body)
    assert body["count"] == Activity.objects.public().count() >= 10


def test_the_demo_offering_has_translated_texts_marked_with_their_language(client, demo_data):
    body = json.loads(client.get("/api/v1/activities", {"page_size": 100, "lang": "ar"}).content)
    languages = {item["language"] for item in body["results"]}
    assert "ar" in languages and languages - {"ar"}  # some translated, the rest in their original


def test_every_demo_schedule_is_a_calendar_with_a_weekly_event_per_weekly_time(client, demo_data):
    total = 0
    for activity in Activity.objects.public().prefetch_related("sessions"):
        response = client.get(f"/api/v1/activities/{activity.pk}/schedule.ics")
        events = Calendar.from_ical(response.content).walk("VEVENT")
        # A weekly time whose season ended before its first meeting has no event.
        assert len(events) <= activity.sessions.count()
        assert all(event["RRULE"]["FREQ"] == ["WEEKLY"] for event in events)
        total += len(events)
    assert total > 0


def test_the_reference_lists_match_the_documented_schema(client, demo_data):
    _validator("Municipalities").validate(json.loads(client.get("/api/v1/municipalities").content))
    _validator("HobbyTypes").validate(json.loads(client.get("/api/v1/types").content))
