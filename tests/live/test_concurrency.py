"""Concurrent registrations never overfill a session, and a freed place goes
to exactly one waiting person. Needs PostgreSQL: SQLite serialises writers
on one file lock, so it would not show a race at all."""

import pytest
from django.db import connection

from live import services
from live.models import Registration, RegistrationStatus
from tests import concurrency
from tests.factories import UserFactory
from tests.live.factories import LiveSessionIndexPageFactory, LiveSessionPageFactory

PEOPLE = 20
CAPACITY = 5

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL: SQLite cannot race writers"
)


@pytest.fixture
def race_session(transactional_db):
    from wagtail.models import Site

    from home import demo

    demo.seed({})  # an earlier transactional test may have flushed the page tree
    home = Site.objects.get(is_default_site=True).root_page
    calendar = LiveSessionIndexPageFactory(parent=home, slug="kilpa")
    return LiveSessionPageFactory(parent=calendar, capacity=CAPACITY)


def run_together(actions):
    """The errors of running the actions at once (their results are not needed here)."""
    return concurrency.run_together(actions)[1]


@needs_postgres
def test_concurrent_registrations_never_exceed_the_capacity(race_session):
    people = [UserFactory() for _ in range(PEOPLE)]
    failures = run_together([lambda p=p: services.register(p, race_session) for p in people])
    assert failures == []
    statuses = list(Registration.objects.filter(session=race_session).values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.REGISTERED) == CAPACITY
    assert statuses.count(RegistrationStatus.WAITLISTED) == PEOPLE - CAPACITY


@needs_postgres
def test_concurrent_cancellations_promote_each_waiting_person_once(race_session):
    people = [UserFactory() for _ in range(CAPACITY + 3)]
    registrations = [services.register(p, race_session).registration for p in people]
    leaving = registrations[:3]
    # Each person cancels twice at the same time (double click in two tabs).
    failures = run_together([lambda r=r: services.cancel(r) for r in leaving + leaving])
    assert failures == []
    statuses = list(Registration.objects.filter(session=race_session).values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.REGISTERED) == CAPACITY
    assert statuses.count(RegistrationStatus.WAITLISTED) == 0
    assert statuses.count(RegistrationStatus.CANCELLED) == 3
