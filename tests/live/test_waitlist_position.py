"""My sessions tells a person on the waiting list their position, in one query for all registrations."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from live.models import Registration, RegistrationStatus
from live.services import waitlist_position
from live.waitlist import with_waitlist_position
from tests.factories import UserFactory


def queue(session, users, registered=1):
    now = timezone.now()
    for i, user in enumerate(users):
        status = RegistrationStatus.REGISTERED if i < registered else RegistrationStatus.WAITLISTED
        Registration.objects.create(session=session, user=user, status=status, queued_at=now + timedelta(seconds=i))


def test_my_sessions_shows_the_waiting_list_position(client, session, other_learner, learner):
    queue(session, [UserFactory(), other_learner, learner])
    client.force_login(learner)
    html = client.get("/fi/live/mine/").content.decode()
    assert "Waiting list position: 2" in html


def test_registered_person_sees_no_waiting_list_position(client, session, learner):
    queue(session, [learner])
    client.force_login(learner)
    assert "Waiting list position" not in client.get("/fi/live/mine/").content.decode()


def test_annotated_position_matches_the_service(session, other_learner, learner):
    queue(session, [UserFactory(), UserFactory(), other_learner, learner])
    for registration in with_waitlist_position(Registration.objects.filter(session=session)):
        assert registration.waitlist_position == waitlist_position(registration)


def test_positions_of_many_registrations_take_one_query(make_session, learner):
    sessions = [make_session() for _ in range(3)]
    for session in sessions:
        queue(session, [UserFactory(), learner])
    with CaptureQueriesContext(connection) as queries:
        positions = [r.waitlist_position for r in with_waitlist_position(Registration.objects.filter(user=learner))]
    assert positions == [1, 1, 1]
    assert len(queries) == 1
