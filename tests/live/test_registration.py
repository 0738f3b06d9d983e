"""Registration, waiting list and promotion (live/services.py)."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail

from live import services
from live.models import Registration, RegistrationStatus
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_register_gives_a_place(session, learner):
    outcome = services.register(learner, session)
    assert outcome.changed and outcome.registration.status == RegistrationStatus.REGISTERED


def test_registering_twice_changes_nothing(session, learner):
    first = services.register(learner, session).registration
    again = services.register(learner, session)
    assert not again.changed and again.registration.pk == first.pk
    assert Registration.objects.filter(session=session).count() == 1


def test_full_session_puts_people_on_the_waiting_list(session):
    people = [UserFactory() for _ in range(3)]
    statuses = [services.register(person, session).registration.status for person in people]
    assert statuses == ["registered", "registered", "waitlisted"]


def test_waitlist_position_counts_people_ahead(session):
    people = [UserFactory() for _ in range(4)]
    registrations = [services.register(person, session).registration for person in people]
    assert services.waitlist_position(registrations[2]) == 1
    assert services.waitlist_position(registrations[3]) == 2


def test_registering_after_the_deadline_is_refused(make_session, learner):
    session = make_session()
    session.registration_deadline = session.starts_at - timedelta(days=1)
    session.save()
    with (
        time_machine.travel(session.starts_at - timedelta(hours=12)),
        pytest.raises(services.LiveError, match="Registration closed"),
    ):
        services.register(learner, session)
    assert not Registration.objects.exists()


def test_registering_for_a_started_session_is_refused(session, learner):
    with (
        time_machine.travel(session.starts_at + timedelta(minutes=1)),
        pytest.raises(services.LiveError),
    ):
        services.register(learner, session)


def test_cancelling_promotes_the_first_waiting_with_an_email(session, learner, django_capture_on_commit_callbacks):
    waiting = [UserFactory(email=f"w{i}@example.org") for i in range(2)]
    mine = services.register(learner, session).registration
    services.register(UserFactory(), session)
    for person in waiting:
        services.register(person, session)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(mine)
    statuses = dict(Registration.objects.filter(session=session).values_list("user__email", "status"))
    assert statuses["w0@example.org"] == RegistrationStatus.REGISTERED
    assert statuses["w1@example.org"] == RegistrationStatus.WAITLISTED
    assert [m.to for m in mail.outbox] == [["w0@example.org"]]
    assert session.title in mail.outbox[0].subject


def test_cancelling_twice_changes_nothing(session, learner):
    registration = services.register(learner, session).registration
    services.cancel(registration)
    assert not services.cancel(registration).changed


def test_registering_again_after_cancelling_reuses_the_row(session, learner):
    registration = services.register(learner, session).registration
    services.cancel(registration)
    again = services.register(learner, session)
    assert again.changed and again.registration.pk == registration.pk and again.registration.is_registered


def test_leaving_the_waiting_list_promotes_nobody(session, learner, django_capture_on_commit_callbacks):
    services.register(UserFactory(), session)
    services.register(UserFactory(), session)
    waiting = services.register(learner, session).registration
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(waiting)
    assert Registration.objects.filter(session=session, status="registered").count() == 2
    assert mail.outbox == []


def test_raising_the_capacity_and_publishing_promotes_the_waiting(session, learner):
    services.register(UserFactory(), session)
    services.register(UserFactory(), session)
    services.register(learner, session)
    session.capacity = 3
    session.save_revision().publish()
    assert Registration.objects.get(user=learner).is_registered


def test_join_link_only_for_registered_from_shortly_before_start(session, learner, other_learner):
    services.register(learner, session)
    with time_machine.travel(session.starts_at - timedelta(minutes=30)):
        assert services.join_link_for(learner, session) is None
    with time_machine.travel(session.starts_at - timedelta(minutes=10)):
        assert services.join_link_for(learner, session) == session.join_url
        assert services.join_link_for(other_learner, session) is None


def test_waitlisted_person_gets_no_join_link(session, learner):
    services.register(UserFactory(), session)
    services.register(UserFactory(), session)
    services.register(learner, session)
    with time_machine.travel(session.starts_at):
        assert services.join_link_for(learner, session) is None
