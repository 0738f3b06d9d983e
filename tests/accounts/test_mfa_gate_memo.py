"""The MFA gate remembers "may pass" in the session: ordinary page views run no
role queries, while the admin and the pages with other people's data are
checked on every request."""

import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import middleware, policies
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def made_contact():
    """A role check registered the way higher apps do, switched on by the test."""
    holders = set()

    def check(user):
        return user.pk in holders

    policies.register_mfa_requirement(check)
    yield holders
    policies._role_checks.remove(check)


def test_second_page_view_of_a_learner_skips_the_role_checks(client, learner, site_pages, monkeypatch):
    client.force_login(learner)
    client.get("/fi/")
    calls = []
    monkeypatch.setattr(middleware, "requires_mfa", lambda user: calls.append(user) or False)
    client.get("/fi/")
    assert calls == []


def test_role_given_during_the_session_gates_the_admin_at_once(client, made_contact):
    person = UserFactory()
    client.force_login(person)
    client.get("/fi/")
    made_contact.add(person.pk)
    assert client.get("/admin/").status_code == 302


def test_role_given_during_the_session_gates_association_pages_at_once(client, made_contact):
    person = UserFactory()
    client.force_login(person)
    client.get("/fi/")
    made_contact.add(person.pk)
    assert client.get("/fi/associations/").status_code == 302


def test_role_given_during_the_session_gates_other_pages_when_the_memo_expires(
    client, made_contact, site_pages, monkeypatch
):
    person = UserFactory()
    client.force_login(person)
    client.get("/fi/")
    made_contact.add(person.pk)
    later = time.time() + middleware.MEMO_SECONDS + 1
    monkeypatch.setattr(middleware.time, "time", lambda: later)
    assert client.get("/fi/").status_code == 302


def test_memo_of_another_user_does_not_count(client, learner, made_contact, site_pages):
    client.force_login(learner)
    client.get("/fi/")
    other = UserFactory()
    made_contact.add(other.pk)
    client.force_login(other)  # same browser, a new login
    assert client.get("/fi/").status_code == 302


def _session_writes(queries) -> list[str]:
    return [q["sql"] for q in queries if q["sql"].startswith(("UPDATE", "INSERT")) and "django_session" in q["sql"]]


def test_a_section_checked_on_every_request_does_not_rewrite_a_fresh_memo(client, learner):
    client.force_login(learner)
    client.get("/fi/associations/")  # checked, and the pass remembered
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fi/associations/").status_code == 200
    assert _session_writes(queries) == []


def test_a_memo_with_less_than_half_its_time_left_is_renewed(client, learner, monkeypatch):
    client.force_login(learner)
    client.get("/fi/associations/")
    later = time.time() + middleware.MEMO_SECONDS * 0.6
    monkeypatch.setattr(middleware.time, "time", lambda: later)
    client.get("/fi/associations/")
    assert client.session[middleware.MEMO_KEY][1] == pytest.approx(later + middleware.MEMO_SECONDS)
