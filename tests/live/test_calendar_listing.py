"""The calendar's listing is kept under the content version
(live/views/calendar.py): it still follows every change a learner must see at
once — a cancellation (a row, not a publish), a new or unpublished session, a
new title, a session that has ended — and answers what the listing read from
the pages answers."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from live.models import SessionCancellation
from live.views.calendar import upcoming_sessions

pytestmark = pytest.mark.django_db

CALENDAR = "/fi/live/"


def html(client) -> str:
    response = client.get(CALENDAR)
    assert response.status_code == 200
    return response.content.decode()


def published(make_session, **kwargs):
    page = make_session(**kwargs)
    page.save_revision().publish()
    return page


def test_a_cancellation_shows_at_once_on_a_stored_listing(client, session):
    assert "Cancelled" not in html(client)  # the listing is stored now
    SessionCancellation.objects.create(session=session, reason="Sairastuminen")
    assert "Cancelled" in html(client)


def test_a_newly_published_session_is_listed_at_once(client, session, make_session):
    html(client)
    new = published(make_session, title="Uusi etäkoulutus")
    assert new.title in html(client)


def test_an_unpublished_session_leaves_the_listing_at_once(client, session):
    assert session.title in html(client)
    session.unpublish()
    assert session.title not in html(client)


def test_a_new_title_is_listed_after_its_publish(client, session):
    html(client)
    session.title = "Uusi otsikko"
    session.save_revision().publish()
    page = html(client)
    assert "Uusi otsikko" in page


def test_a_session_that_has_ended_leaves_the_stored_listing(client, make_session):
    starts = timezone.now() + timedelta(days=1)
    page = published(make_session, title="Huomenna", starts_at=starts, ends_at=starts + timedelta(hours=2))
    assert page.title in html(client)
    with time_machine.travel(starts + timedelta(hours=3)):
        assert page.title not in html(client)


def test_the_filters_apply_to_the_stored_listing(client, session, make_session):
    english = published(make_session, title="Welcoming in English", language="en")
    assert session.title in html(client) and english.title in html(client)
    page = client.get(CALENDAR + "?language=en").content.decode()
    assert english.title in page and session.title not in page


def test_the_rows_are_those_the_pages_give_in_the_same_order(client, session, make_session, rf):
    later = published(make_session, title="Myöhemmin", starts_at=session.starts_at + timedelta(days=2))
    later.ends_at = later.starts_at + timedelta(hours=1)
    later.save_revision().publish()
    SessionCancellation.objects.create(session=later, reason="Peruttu")
    response = client.get(CALENDAR)
    rows = response.context["rows"]
    expected = upcoming_sessions({})
    assert [row.listed.pk for row in rows] == [listed.pk for listed, _shown in expected]
    assert [row.listed.title for row in rows] == [shown.title for _listed, shown in expected]
    assert [row.is_cancelled for row in rows] == [listed.is_cancelled for listed, _shown in expected]
    assert [row.listed.url for row in rows] == [shown.url for _listed, shown in expected]
