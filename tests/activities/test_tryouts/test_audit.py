"""The audit log of try requests: a contact or coordinator opening a request's
details, and any deletion, are recorded with the association and the
request's id, never the newcomer's name or address (docs/audit.md)."""

import json

import pytest
from django.urls import reverse

import audit
from audit.models import AuditEvent
from tests.activities.test_tryouts.helpers import new_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(tryout_world):
    return new_request(tryout_world.activity_a, first_name="Zainab", email="zainab@example.org", phone="+358401234567")


def events(action):
    return list(AuditEvent.objects.filter(action=action))


@pytest.mark.parametrize("name", ["contact_a", "coordinator"])
def test_opening_a_requests_details_is_recorded(client, tryout_world, pending, name):
    client.force_login(tryout_world.people[name])
    client.get(reverse("activities:try_detail", args=[pending.pk]))
    [event] = events(audit.Action.TRY_REQUEST_VIEWED)
    assert (event.actor, event.association_id, event.target_id) == (
        tryout_world.people[name],
        tryout_world.a.pk,
        str(pending.pk),
    )


def test_each_opening_is_one_event(client, tryout_world, pending):
    client.force_login(tryout_world.contact_a)
    for _ in range(2):
        client.get(reverse("activities:try_detail", args=[pending.pk]))
    assert len(events(audit.Action.TRY_REQUEST_VIEWED)) == 2


def test_a_form_error_page_showing_the_details_is_recorded_as_a_read(client, tryout_world, pending):
    client.force_login(tryout_world.contact_a)
    response = client.post(reverse("activities:try_answer", args=[pending.pk]), {"answer-answer": "nonsense"})
    assert response.status_code == 400
    assert len(events(audit.Action.TRY_REQUEST_VIEWED)) == 1


def test_the_inbox_list_is_not_a_read_of_details(client, tryout_world, pending):
    client.force_login(tryout_world.contact_a)
    client.get(reverse("activities:try_inbox"))
    assert not events(audit.Action.TRY_REQUEST_VIEWED)


def test_someone_outside_the_scope_leaves_no_read_event(client, tryout_world, pending):
    client.force_login(tryout_world.contact_b)
    assert client.get(reverse("activities:try_detail", args=[pending.pk])).status_code == 404
    assert not AuditEvent.objects.exists()


def test_read_event_holds_nothing_of_the_newcomer(client, tryout_world, pending):
    client.force_login(tryout_world.coordinator)
    client.get(reverse("activities:try_detail", args=[pending.pk]))
    [event] = events(audit.Action.TRY_REQUEST_VIEWED)
    stored = json.dumps([event.subject_label, event.target_repr, event.details, event.association_label])
    assert not any(part in stored for part in ("Zainab", "zainab@", "1234567"))


def test_a_contact_deleting_a_request_is_recorded(client, tryout_world, pending):
    client.force_login(tryout_world.contact_a)
    client.post(reverse("activities:try_delete", args=[pending.pk]))
    [event] = events(audit.Action.TRY_REQUEST_DELETED)
    expected = (tryout_world.contact_a, str(pending.pk), "association")
    assert (event.actor, event.target_id, event.details["by"]) == expected


def test_a_coordinator_deleting_a_request_is_recorded(client, tryout_world, pending):
    client.force_login(tryout_world.coordinator)
    client.post(reverse("activities:try_delete", args=[pending.pk]))
    [event] = events(audit.Action.TRY_REQUEST_DELETED)
    assert (event.actor, event.association_id) == (tryout_world.coordinator, tryout_world.a.pk)


def test_the_newcomer_deleting_their_request_is_recorded_without_an_actor(client, tryout_world, pending):
    client.post(reverse("activities:try_status", args=[pending.token]), {"delete": "1"})
    [event] = events(audit.Action.TRY_REQUEST_DELETED)
    assert (event.actor, event.details["by"], event.association_id) == (None, "newcomer", tryout_world.a.pk)


def test_a_refused_deletion_leaves_no_event(client, tryout_world, pending):
    client.force_login(tryout_world.learner_a)
    assert client.post(reverse("activities:try_delete", args=[pending.pk])).status_code == 404
    assert not events(audit.Action.TRY_REQUEST_DELETED)


def test_deleting_an_already_deleted_request_records_nothing_more(tryout_world, pending):
    from activities.tryouts import services

    services.delete_request(pending, by=tryout_world.contact_a)
    services.delete_request(pending, by=tryout_world.contact_a)
    assert len(events(audit.Action.TRY_REQUEST_DELETED)) == 1


def test_the_associations_contacts_see_the_events_on_its_audit_page(client, tryout_world, pending):
    client.force_login(tryout_world.coordinator)
    client.get(reverse("activities:try_detail", args=[pending.pk]))
    client.force_login(tryout_world.contact_a)
    response = client.get(reverse("associations:audit_log", args=[tryout_world.a.slug]))
    assert [event.action for event, _line in response.context["rows"]] == [audit.Action.TRY_REQUEST_VIEWED]
