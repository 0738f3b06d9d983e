"""live/reporting.py: the figures readiness and reports read (constant queries)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from associations.models import Membership
from live import reporting, services
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def attended(session, make_session, trainer, scope):
    """learner_a attended two sessions, learner_b one; outsider registered only."""
    second = make_session(title="Toinen")
    second.trainers.add(trainer)
    second.save()
    for person in (scope.learner_a, scope.learner_b, scope.outsider):
        services.register(person, session)
    services.mark_attendance(trainer, session, {scope.learner_a.pk})
    services.register(scope.learner_b, second)
    services.register(scope.learner_a, second)
    services.mark_attendance(trainer, second, {scope.learner_a.pk, scope.learner_b.pk})
    return scope, session, second


def test_sessions_attended_by_user(attended):
    scope, _session, _second = attended
    ids = [scope.learner_a.pk, scope.learner_b.pk, scope.outsider.pk]
    assert reporting.sessions_attended_by_user(ids) == {scope.learner_a.pk: 2, scope.learner_b.pk: 1}


def test_attendance_by_association_counts_active_members(attended):
    scope, _session, _second = attended
    assert reporting.attendance_by_association([scope.a.pk, scope.b.pk, scope.c.pk]) == {scope.a.pk: 1, scope.b.pk: 1}


def test_attendance_by_association_ignores_members_who_left(attended):
    scope, _session, _second = attended
    Membership.objects.filter(user=scope.learner_b).update(active=False)
    assert reporting.attendance_by_association([scope.b.pk]) == {}


def test_attendance_rows(attended):
    scope, session, second = attended
    rows = reporting.attendance_rows([scope.learner_a.pk])
    assert {(row["session_id"], row["title"]) for row in rows} == {(session.pk, session.title), (second.pk, "Toinen")}
    assert all(row["user_id"] == scope.learner_a.pk and row["starts_at"] for row in rows)


def test_session_summaries_count_everyone(attended):
    _scope, session, second = attended
    summaries = {row["session_id"]: row for row in reporting.session_summaries()}
    assert summaries[session.pk]["registered"] == 2  # the third waits
    assert summaries[session.pk]["attended"] == 1
    assert summaries[second.pk]["attended"] == 2
    assert summaries[session.pk]["language"] == "fi"


def test_session_summaries_for_some_associations(attended):
    scope, session, second = attended
    summaries = {row["session_id"]: row for row in reporting.session_summaries(association_ids=[scope.b.pk])}
    assert summaries[session.pk]["registered"] == 1 and summaries[session.pk]["attended"] == 0
    assert summaries[second.pk]["attended"] == 1


def test_session_summaries_since(attended):
    _scope, session, _second = attended
    later = reporting.session_summaries(since=session.starts_at + timedelta(days=1))
    assert later == []


@pytest.mark.parametrize("people", [2, 12])
def test_reporting_runs_a_constant_number_of_queries(session, trainer, scope, people):
    users = [UserFactory() for _ in range(people)]
    session.capacity = people
    session.save()
    for user in users:
        Membership.objects.create(user=user, association=scope.a)
        services.register(user, session)
    services.mark_attendance(trainer, session, {u.pk for u in users})
    ids = [u.pk for u in users]
    with CaptureQueriesContext(connection) as queries:
        reporting.sessions_attended_by_user(ids)
        reporting.attendance_by_association([scope.a.pk, scope.b.pk])
        reporting.attendance_rows(ids)
        reporting.session_summaries(association_ids=[scope.a.pk])
    assert len(queries) == 4  # one each


def test_session_summaries_say_which_sessions_were_called_off(session, make_session, trainer):
    make_session(title="Pidetty")
    services.cancel_session(trainer, session, "Kouluttaja sairastui.")
    rows = {row["title"]: row["cancelled"] for row in reporting.session_summaries()}
    assert rows == {session.title: True, "Pidetty": False}
