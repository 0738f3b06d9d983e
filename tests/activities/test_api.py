"""The offering's open data API (issue 16 §6): scope, filters, pagination, languages,
errors as JSON, CORS, HTTP caching, iCalendar schedules and the OpenAPI document."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from activities.models import Activity, ActivityException, ActivitySession, ActivityTranslation, RegionOfferingPolicy
from activities.models.activity import HobbyType
from associations.models import Association
from readiness.models import Approval, Framework
from tests.activities.offering_world import kainuu_clubs, make

pytestmark = pytest.mark.django_db

LIST = "/api/v1/activities"


@pytest.fixture
def world(db):
    return kainuu_clubs("welcome.contact@example.org", first_name="Welma", last_name="Contactinen")


def get_json(client, url, data=None, headers=None):
    response = client.get(url, data or {}, headers=headers or {})
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response, json.loads(response.content)


def titles(body):
    return [item["title"] for item in body["results"]]


# --- scope ---------------------------------------------------------------------------------


def test_the_list_gives_public_activities_with_count_and_links(client, world):
    make(world["club"], "Jalkapallo")
    response, body = get_json(client, LIST)
    assert response.status_code == 200
    assert body["count"] == 1 and body["next"] is None and body["previous"] is None
    assert titles(body) == ["Jalkapallo"]


def test_an_unpublished_activity_is_absent_from_the_list_and_its_detail_is_404(client, world):
    hidden = make(world["club"], "Piilotettu", published=False)
    assert titles(get_json(client, LIST)[1]) == []
    response, body = get_json(client, f"{LIST}/{hidden.pk}")
    assert response.status_code == 404 and body["error"]["code"] == "not_found"


def test_an_unpublished_activitys_schedule_is_404(client, world):
    hidden = make(world["club"], "Piilotettu", published=False)
    assert client.get(f"{LIST}/{hidden.pk}/schedule.ics").status_code == 404


def test_a_dormant_associations_activity_is_absent(client, world):
    activity = make(world["club"])
    Association.objects.filter(pk=world["club"].pk).update(active=False)
    assert get_json(client, LIST)[1]["count"] == 0
    assert client.get(f"{LIST}/{activity.pk}").status_code == 404
    assert client.get(f"{LIST}/{activity.pk}/schedule.ics").status_code == 404


def test_a_region_requiring_readiness_hides_an_association_without_a_valid_approval(client, world):
    activity = make(world["club"])
    RegionOfferingPolicy.objects.create(region=world["region"], require_readiness=True)
    assert client.get(f"{LIST}/{activity.pk}").status_code == 404
    Approval.objects.create(
        association=world["club"],
        framework=Framework.objects.create(name="Valmius"),
        valid_until=timezone.localdate() + datetime.timedelta(days=30),
    )
    assert client.get(f"{LIST}/{activity.pk}").status_code == 200


def test_no_personal_data_of_the_welcome_contact_is_given(client, world):
    activity = make(world["club"], welcome_contact=world["contact"])
    for url in (LIST, f"{LIST}/{activity.pk}", f"{LIST}/{activity.pk}/schedule.ics"):
        text = client.get(url).content.decode()
        for secret in ("welcome.contact@example.org", "Welma", "Contactinen", "welcome_contact"):
            assert secret not in text, (url, secret)


# --- filters and pagination ----------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        {"municipality": "205"},
        {"type": "football"},
        {"day": "tuesday"},
        {"language": "ar"},
        {"cost": "free"},
        {"age_group": "youth"},
    ],
    ids=lambda q: next(iter(q)),
)
def test_each_filter_keeps_only_matching_activities(client, world, query):
    football = make(world["club"], "Jalkapallo", languages=["fi", "ar"], cost="free", age_group="youth")
    ActivitySession.objects.create(activity=football, weekday=1, starts_at="17:00", ends_at="18:00")
    other = make(world["other"], "Kerho", hobby_type="club", languages=["fi"], cost="fee", age_group="children")
    ActivitySession.objects.create(activity=other, weekday=3, starts_at="17:00", ends_at="18:00")
    assert titles(get_json(client, LIST, query)[1]) == ["Jalkapallo"]


def test_an_empty_filter_means_any(client, world):
    make(world["club"], "Jalkapallo")
    make(world["other"], "Kerho", hobby_type="club")
    assert get_json(client, LIST, {"type": "", "municipality": ""})[1]["count"] == 2


def test_an_unknown_municipality_code_matches_nothing(client, world):
    make(world["club"])
    response, body = get_json(client, LIST, {"municipality": "999"})
    assert response.status_code == 200 and body["count"] == 0


def test_a_day_filter_counts_an_activity_meeting_twice_that_day_once(client, world):
    activity = make(world["club"])
    ActivitySession.objects.create(activity=activity, weekday=1, starts_at="10:00", ends_at="11:00")
    ActivitySession.objects.create(activity=activity, weekday=1, starts_at="17:00", ends_at="18:00")
    body = get_json(client, LIST, {"day": "tuesday"})[1]
    assert body["count"] == 1 and len(body["results"]) == 1


def test_pages_link_to_the_next_and_previous_page(client, world):
    for title in ("A", "B", "C"):
        make(world["club"], title)
    first = get_json(client, LIST, {"page_size": 2})[1]
    assert first["count"] == 3 and titles(first) == ["A", "B"] and first["previous"] is None
    second = get_json(client, first["next"])[1]
    assert titles(second) == ["C"] and second["next"] is None
    assert titles(get_json(client, second["previous"])[1]) == ["A", "B"]


def test_a_page_past_the_end_is_empty_and_points_back(client, world):
    make(world["club"])
    response, body = get_json(client, LIST, {"page": 5})
    assert response.status_code == 200 and body["results"] == [] and body["next"] is None
    assert "page=1" in body["previous"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("page", "0"),
        ("page", "-1"),
        ("page", "abc"),
        ("page", "99999999999999999999999"),
        ("page", "１"),  # a full-width digit is not a page number
        ("page_size", "0"),
        ("page_size", "101"),
        ("type", "curling"),
        ("day", "someday"),
        ("day", "1"),
        ("language", "xx"),
        ("cost", "cheap"),
        ("age_group", "toddlers"),
        ("municipality", "Kajaani\x00"),
        ("municipality", "x" * 11),
        ("lang", "de"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(client, world, name, value):
    response, body = get_json(client, LIST, {name: value})
    assert response.status_code == 400
    assert body["error"]["code"] == "invalid_parameters"
    assert list(body["error"]["parameters"]) == [name]


def test_the_list_costs_the_same_queries_for_one_or_many_activities(client, world):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(LIST).status_code == 200
        return len(captured)

    make(world["club"], "First")
    one = queries()
    for index in range(6):
        activity = make(world["other" if index % 2 else "club"], f"Activity {index}")
        ActivitySession.objects.create(activity=activity, weekday=index, starts_at="10:00", ends_at="11:00")
        ActivityTranslation.objects.create(activity=activity, language="en", title=f"In English {index}")
    assert queries() == one


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["999999", "abc", "1" * 30, "-1", "٣"])
def test_an_unknown_activity_is_a_json_404(client, world, ref):
    for url in (f"{LIST}/{ref}", f"{LIST}/{ref}/schedule.ics"):
        response, body = get_json(client, url)
        assert response.status_code == 404 and body["error"]["code"] == "not_found"


def test_an_unknown_api_path_is_a_json_404(client):
    response, body = get_json(client, "/api/v1/nothing/here")
    assert response.status_code == 404 and body["error"]["code"] == "not_found"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_refused_with_405(client, world, method):
    response = getattr(client, method)(LIST, data="{}", content_type="application/json")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert json.loads(response.content)["error"]["code"] == "method_not_allowed"
    assert Activity.objects.count() == 0


def test_head_answers_like_get_without_a_body(client, world):
    make(world["club"])
    get, head = client.get(LIST), client.head(LIST)
    assert head.status_code == 200 and head.content == b""
    assert head["ETag"] == get["ETag"]


def test_a_plain_options_request_lists_the_allowed_methods(client):
    response = client.options(LIST)
    assert response.status_code == 200 and response["Allow"] == "GET, HEAD, OPTIONS"


# --- language ------------------------------------------------------------------------------


def test_lang_gives_the_associations_translation_marked_with_its_language(client, world):
    activity = make(world["club"], "Jalkapallo", description="<p>Pelataan</p>")
    ActivityTranslation.objects.create(activity=activity, language="en", title="Football", description="<p>We play</p>")
    body = get_json(client, f"{LIST}/{activity.pk}", {"lang": "en"})[1]
    assert (body["title"], body["description"], body["language"]) == ("Football", "<p>We play</p>", "en")
    assert body["translations"] == ["en", "fi"]


def test_without_a_translation_the_original_is_given_with_its_language(client, world):
    activity = make(world["club"], "Jalkapallo")
    body = get_json(client, f"{LIST}/{activity.pk}", {"lang": "sv"})[1]
    assert (body["title"], body["language"], body["original_language"]) == ("Jalkapallo", "fi", "fi")


def test_accept_language_chooses_when_lang_is_not_given(client, world):
    activity = make(world["club"], "Jalkapallo")
    ActivityTranslation.objects.create(activity=activity, language="ar", title="كرة القدم")
    response, body = get_json(client, f"{LIST}/{activity.pk}", headers={"Accept-Language": "de;q=1.0, ar-EG;q=0.8"})
    assert body["title"] == "كرة القدم" and body["language"] == "ar"
    assert response["Content-Language"] == "ar"
    assert "Accept-Language" in response["Vary"]


def test_a_malformed_accept_language_falls_back_to_the_default(client, world):
    make(world["club"])
    response, body = get_json(client, LIST, headers={"Accept-Language": ";;;q=x,,," + "a" * 600})
    assert response.status_code == 200 and body["language"] == "fi"


def test_an_empty_lang_means_no_choice(client, world):
    make(world["club"])
    response, body = get_json(client, LIST, {"lang": ""}, headers={"Accept-Language": "en"})
    assert response.status_code == 200 and body["language"] == "en"


def test_an_offering_language_beyond_the_site_languages_can_be_chosen(client, world):
    activity = make(world["club"], "Jalkapallo")
    ActivityTranslation.objects.create(activity=activity, language="prs", title="فوتبال")
    body = get_json(client, f"{LIST}/{activity.pk}", {"lang": "prs"})[1]
    assert (body["title"], body["language"]) == ("فوتبال", "prs")
    assert client.get(body["url"]).status_code == 200


def test_labels_are_in_the_chosen_language(client, world):
    make(world["club"], hobby_type="skiing")
    item = get_json(client, LIST, {"lang": "sv"})[1]["results"][0]
    with translation.override("sv"):
        assert item["type"] == {"code": "skiing", "label": str(HobbyType.SKIING.label)}


def test_the_page_url_is_the_public_activity_page_in_the_chosen_language(client, world):
    activity = make(world["club"])
    body = get_json(client, f"{LIST}/{activity.pk}", {"lang": "en"})[1]
    with translation.override("en"):
        assert body["url"] == "http://testserver" + reverse("activities:detail", args=[activity.pk])
        assert body["try_url"] == "http://testserver" + reverse("activities:try_request", args=[activity.pk])
    assert client.get(body["url"]).status_code == 200


def test_the_readiness_badge_verification_page_is_linked_when_the_association_has_one(client, world):
    from badges import services

    activity = make(world["club"])
    assert get_json(client, f"{LIST}/{activity.pk}")[1]["association"]["readiness_badge_url"] is None
    approval = Approval.objects.create(
        association=world["club"],
        framework=Framework.objects.create(name="Valmius"),
        valid_until=timezone.localdate() + datetime.timedelta(days=30),
    )
    award, _ = services.award_readiness(world["club"], approval)
    url = get_json(client, f"{LIST}/{activity.pk}", {"lang": "en"})[1]["association"]["readiness_badge_url"]
    assert url == "http://testserver" + reverse("badges:verify", args=[award.pk]).replace("/fi/", "/en/")


# --- reference lists -----------------------------------------------------------------------


def test_municipalities_list_every_municipality_with_its_public_activity_count(client, world):
    make(world["club"])
    make(world["club"], "Hidden", published=False)
    body = get_json(client, "/api/v1/municipalities")[1]
    counts = {item["code"]: item["activity_count"] for item in body["results"]}
    assert counts["205"] == 1 and counts["765"] == 0


def test_types_list_every_type_of_hobby(client, world):
    make(world["club"], hobby_type="dance")
    body = get_json(client, "/api/v1/types", {"lang": "en"})[1]
    assert [item["code"] for item in body["results"]] == list(HobbyType.values)
    assert next(item for item in body["results"] if item["code"] == "dance")["activity_count"] == 1


# --- CORS ----------------------------------------------------------------------------------


def test_any_origin_may_read_the_api(client, world):
    response = client.get(LIST, headers={"Origin": "https://harrastukset.example.fi"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_a_preflight_is_answered_for_get(client):
    response = client.options(
        LIST, headers={"Origin": "https://harrastukset.example.fi", "Access-Control-Request-Method": "GET"}
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "POST" not in response["Access-Control-Allow-Methods"]


def test_pages_outside_the_api_get_no_cors_headers(client, world):
    response = client.get("/healthz", headers={"Origin": "https://harrastukset.example.fi"})
    assert "Access-Control-Allow-Origin" not in response


# --- caching -------------------------------------------------------------------------------


def test_answers_are_publicly_cacheable_with_an_etag(client, world):
    make(world["club"])
    response = client.get(LIST)
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert response["ETag"].startswith('"')


def test_an_unchanged_answer_is_a_304(client, world):
    make(world["club"])
    etag = client.get(LIST)["ETag"]
    response = client.get(LIST, headers={"If-None-Match": etag})
    assert response.status_code == 304 and response.content == b""


def test_a_changed_activity_shows_on_the_next_request(client, world):
    activity = make(world["club"], "Vanha nimi")
    etag = client.get(f"{LIST}/{activity.pk}")["ETag"]
    activity.title = "Uusi nimi"
    activity.save()
    response = client.get(f"{LIST}/{activity.pk}", headers={"If-None-Match": etag})
    assert response.status_code == 200 and json.loads(response.content)["title"] == "Uusi nimi"
    assert response["ETag"] != etag


def test_a_changed_association_shows_on_the_next_request(client, world):
    make(world["club"])
    etag = client.get(LIST)["ETag"]
    Association.objects.filter(pk=world["club"].pk).update(name="Renamed club")
    response = client.get(LIST, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert json.loads(response.content)["results"][0]["association"]["name"] == "Renamed club"


def test_a_new_cancelled_date_changes_the_schedule_on_the_next_request(client, world):
    activity = make(world["club"])
    ActivitySession.objects.create(activity=activity, weekday=1, starts_at="17:00", ends_at="18:00")
    url = f"{LIST}/{activity.pk}/schedule.ics"
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    ActivityException.objects.create(activity=activity, date=_next_weekday(1))
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 200


def test_a_language_variant_has_its_own_etag(client, world):
    make(world["club"])
    assert client.get(LIST, {"lang": "fi"})["ETag"] != client.get(LIST, {"lang": "en"})["ETag"]


# --- iCalendar -----------------------------------------------------------------------------


def _next_weekday(weekday: int, after: datetime.date | None = None) -> datetime.date:
    day = (after or timezone.localdate()) + datetime.timedelta(days=1)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


@pytest.fixture
def scheduled(world):
    starts = timezone.localdate()
    activity = make(
        world["club"],
        "Jalkapallo",
        address="Urheilutie 1",
        season_starts=starts,
        season_ends=starts + datetime.timedelta(days=120),
    )
    ActivitySession.objects.create(activity=activity, weekday=1, starts_at="17:00", ends_at="18:30")
    ActivitySession.objects.create(activity=activity, weekday=3, starts_at="18:00", ends_at="19:00")
    cancelled_tuesday = _next_weekday(1, starts + datetime.timedelta(days=14))
    ActivityException.objects.create(activity=activity, date=cancelled_tuesday, note="Holiday")
    return activity, cancelled_tuesday


def _calendar(client, activity):
    from icalendar import Calendar

    response = client.get(f"{LIST}/{activity.pk}/schedule.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_the_schedule_has_a_weekly_event_per_weekly_time_until_the_season_ends(client, scheduled):
    activity, _cancelled = scheduled
    events = _calendar(client, activity).walk("VEVENT")
    assert len(events) == 2
    rules = [event["RRULE"] for event in events]
    assert [rule["FREQ"] for rule in rules] == [["WEEKLY"], ["WEEKLY"]]
    assert sorted(rule["BYDAY"][0] for rule in rules) == ["TH", "TU"]
    until = rules[0]["UNTIL"][0]
    assert until.tzinfo is not None
    assert until.astimezone(datetime.UTC) > datetime.datetime.combine(
        activity.season_ends, datetime.time(20, 0), tzinfo=datetime.UTC
    )


def test_a_cancelled_date_is_an_exdate_of_that_days_event_only(client, scheduled):
    activity, cancelled = scheduled
    by_day = {event["RRULE"]["BYDAY"][0]: event for event in _calendar(client, activity).walk("VEVENT")}
    tuesday_exdates = [when.dt for exdate in _as_list(by_day["TU"]["EXDATE"]) for when in exdate.dts]
    assert [(when.date(), when.hour, when.minute) for when in tuesday_exdates] == [(cancelled, 17, 0)]
    assert "EXDATE" not in by_day["TH"]


def test_schedule_times_are_in_helsinki_time_with_a_vtimezone(client, scheduled):
    activity, _ = scheduled
    calendar = _calendar(client, activity)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    start = next(e for e in calendar.walk("VEVENT") if e["RRULE"]["BYDAY"] == ["TU"])["DTSTART"].dt
    assert str(start.tzinfo) == "Europe/Helsinki" and (start.weekday(), start.hour, start.minute) == (1, 17, 0)
    assert start.date() >= activity.season_starts


def test_the_schedule_names_the_activity_and_its_place_in_plain_text(client, world):
    activity = make(world["club"], "Jalkapallo", address="Urheilutie 1", description="<p>Pallo &amp; maila</p>")
    ActivitySession.objects.create(activity=activity, weekday=1, starts_at="17:00", ends_at="18:00")
    (event,) = _calendar(client, activity).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Jalkapallo"
    assert str(event["LOCATION"]) == "Urheilutie 1, Kajaani"
    assert str(event["DESCRIPTION"]).startswith("Pallo & maila")


def test_the_schedule_is_the_same_on_every_request(client, scheduled):
    activity, _ = scheduled
    url = f"{LIST}/{activity.pk}/schedule.ics"
    assert client.get(url).content == client.get(url).content


def test_a_season_that_ended_before_the_first_meeting_has_no_event(client, world):
    today = timezone.localdate()
    activity = make(world["club"], season_starts=today, season_ends=today)
    tomorrow = (today.weekday() + 1) % 7
    ActivitySession.objects.create(activity=activity, weekday=tomorrow, starts_at="10:00", ends_at="11:00")
    assert _calendar(client, activity).walk("VEVENT") == []


def _as_list(value):
    return value if isinstance(value, list) else [value]


# --- OpenAPI -------------------------------------------------------------------------------


def test_the_openapi_document_is_valid_openapi_3_1(client):
    from openapi_spec_validator import validate

    response, document = get_json(client, "/api/v1/openapi.json")
    assert response.status_code == 200 and document["openapi"].startswith("3.1")
    validate(document)


def test_the_openapi_document_describes_every_api_route(client):
    from activities.api import urls

    document = get_json(client, "/api/v1/openapi.json")[1]
    documented = set(document["paths"])
    routes = {
        "/" + str(pattern.pattern).replace("<str:ref>", "{ref}")
        for pattern in urls.urlpatterns
        if pattern.name != "not_found"
    }
    assert routes == documented


def test_a_real_activity_matches_the_documented_schema(client, scheduled):
    import jsonschema

    document = get_json(client, "/api/v1/openapi.json")[1]
    body = get_json(client, LIST)[1]
    schema = {**document["components"]["schemas"]["ActivityPage"], "components": document["components"]}
    schema = json.loads(json.dumps(schema).replace("#/components/", "#/components/"))
    jsonschema.validate(body, schema, cls=jsonschema.Draft202012Validator)
    assert body["results"][0]["cancelled_dates"][0]["note"] == "Holiday"
