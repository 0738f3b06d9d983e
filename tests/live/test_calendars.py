"""The .ics download and the personal feed parse with icalendar."""

import pytest
from icalendar import Calendar

from live import services
from live.models import CalendarFeed

pytestmark = pytest.mark.django_db


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(calendar: Calendar) -> list:
    return list(calendar.walk("VEVENT"))


def test_session_ics_has_uid_times_and_url(client, session):
    event = events(parse(client.get(f"/fi/live/sessions/{session.pk}/calendar.ics")))[0]
    assert str(event["uid"]) == f"live-session-{session.translation_key}@127.0.0.1"
    assert event.decoded("dtstart") == session.starts_at
    assert event.decoded("dtend") == session.ends_at
    assert event["dtstart"].params["TZID"] == "Europe/Helsinki"
    assert str(event["url"]).endswith(session.url)


def test_session_ics_declares_its_time_zone(client, session):
    calendar = parse(client.get(f"/fi/live/sessions/{session.pk}/calendar.ics"))
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]


def test_uid_is_stable_between_downloads(client, session):
    first = events(parse(client.get(f"/fi/live/sessions/{session.pk}/calendar.ics")))[0]["uid"]
    second = events(parse(client.get(f"/fi/live/sessions/{session.pk}/calendar.ics")))[0]["uid"]
    assert first == second


def test_ics_has_no_join_link_for_people_not_registered(client, session, learner):
    client.force_login(learner)
    response = client.get(f"/fi/live/sessions/{session.pk}/calendar.ics")
    assert session.join_url.encode() not in response.content


def test_ics_has_the_join_link_for_registered(client, session, learner):
    services.register(learner, session)
    client.force_login(learner)
    event = events(parse(client.get(f"/fi/live/sessions/{session.pk}/calendar.ics")))[0]
    assert str(event["location"]) == session.join_url


def test_feed_lists_registered_sessions(client, session, make_session, learner):
    other = make_session(title="Toinen koulutus")
    services.register(learner, session)
    feed = services.feed_of(learner)
    calendar = parse(client.get(f"/fi/live/feed/{feed.token}.ics"))
    titles = [str(event["summary"]) for event in events(calendar)]
    assert titles == [session.title] and other.title not in titles


def test_feed_leaves_out_waitlisted_and_cancelled(client, session, learner):
    registration = services.register(learner, session).registration
    services.cancel(registration)
    feed = services.feed_of(learner)
    assert events(parse(client.get(f"/fi/live/feed/{feed.token}.ics"))) == []


def test_revoked_feed_is_404(client, learner):
    feed = services.feed_of(learner)
    services.revoke_feed(learner)
    assert client.get(f"/fi/live/feed/{feed.token}.ics").status_code == 404


def test_revoking_issues_a_new_working_feed(client, learner):
    old = services.feed_of(learner)
    new = services.revoke_feed(learner)
    assert new.token != old.token
    assert client.get(f"/fi/live/feed/{new.token}.ics").status_code == 200


def test_unknown_feed_token_is_404(client):
    assert client.get("/fi/live/feed/not-a-token.ics").status_code == 404


def test_revoke_from_my_sessions_page(client, learner):
    client.force_login(learner)
    old = services.feed_of(learner)
    response = client.post("/fi/live/mine/calendar/revoke/", follow=True)
    assert response.status_code == 200
    assert CalendarFeed.objects.get(pk=old.pk).revoked_at is not None
    assert services.feed_of(learner).token in response.content.decode()
