"""The learner's live pages (the calendar of upcoming sessions, My sessions)
cost the same number of queries for one session and for many: no query per
listed session, registration or attendance. The counts are exact so that a new
query is noticed."""

from datetime import timedelta

import pytest
from django.utils import timezone

from live import services
from live.models import Attendance, SessionCancellation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# The request (session, user), the MFA gate's role checks on /live/ pages and
# the cancellations of the listed sessions: the calendar page and the listing
# are kept under the content version (live/views/calendar.py).
CALENDAR_QUERIES = 9
# The request, the MFA gate, the feed, the upcoming registrations (with their
# sessions' locales), the attended sessions, the site.
MY_SESSIONS_QUERIES = 12


def add_sessions(make_session, n: int, *, start_day: int = 3) -> list:
    sessions = []
    for i in range(n):
        starts = timezone.now().replace(microsecond=0) + timedelta(days=start_day + i)
        page = make_session(title=f"Etäkoulutus {start_day}-{i}", starts_at=starts, ends_at=starts + timedelta(hours=2))
        page.save_revision().publish()
        sessions.append(page)
    return sessions


def count(client, url, django_assert_num_queries, expected: int):
    assert client.get(url).status_code == 200  # the session's first request fills the per-process caches
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("n", [1, 6])
def test_calendar_costs_the_same_queries_for_one_session_and_many(
    client, learner, make_session, django_assert_num_queries, n
):
    sessions = add_sessions(make_session, n)
    SessionCancellation.objects.create(session=sessions[0], reason="Sairastuminen")
    client.force_login(learner)
    count(client, "/fi/live/", django_assert_num_queries, CALENDAR_QUERIES)


@pytest.mark.parametrize("n", [1, 6])
def test_my_sessions_costs_the_same_queries_for_one_registration_and_many(
    client, learner, make_session, django_assert_num_queries, n
):
    for session in add_sessions(make_session, n):
        services.register(learner, session, notify=False)
    for session in add_sessions(make_session, n, start_day=-30):
        Attendance.objects.create(user=learner, session=session)
    client.force_login(learner)
    count(client, "/fi/live/mine/", django_assert_num_queries, MY_SESSIONS_QUERIES)


def test_my_sessions_shows_the_waiting_list_position_of_each_registration(client, learner, make_session):
    full = add_sessions(make_session, 1)[0]
    for n in range(full.capacity):
        services.register(UserFactory(email=f"taken-{n}@example.org"), full, notify=False)
    services.register(learner, full, notify=False)
    client.force_login(learner)
    assert "Waiting list position: 1" in client.get("/fi/live/mine/").content.decode()
