"""A contact reads their own association's audit log: only its events, with
translated action labels, paginated. (Outsiders get 404: the associations
scope sweep has a row for this URL.)"""

import pytest
from django.urls import reverse
from django.utils import translation

import audit
from associations import services
from associations.models import Role
from associations.views.audit_log import EVENTS_PER_PAGE

pytestmark = pytest.mark.django_db


def log_url(association, language="fi"):
    with translation.override(language):
        return reverse("associations:audit_log", kwargs={"slug": association.slug})


def test_contact_sees_their_associations_events_with_translated_labels(client, world):
    services.change_role(world.membership_learner_a, Role.COACH, by=world.contact_a)
    client.force_login(world.contact_a)
    response = client.get(log_url(world.a, "en"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Member&#x27;s role changed" in body or "Member's role changed" in body
    assert "Member → Coach or instructor" in body
    assert "<caption" in body and "table-responsive" in body


def test_events_of_another_association_are_not_shown(client, world):
    services.leave(world.membership_learner_b, by=world.contact_b)
    client.force_login(world.contact_a)
    body = client.get(log_url(world.a, "en")).content.decode()
    assert world.learner_b.get_full_name() not in body
    assert "Nothing has been recorded" in body


def test_coordinator_of_the_region_gets_404(client, world):
    client.force_login(world.coordinator)
    assert client.get(log_url(world.a)).status_code == 404


def test_log_is_paginated_and_a_bad_page_number_is_not_an_error(client, world):
    for _number in range(EVENTS_PER_PAGE + 1):
        audit.record(audit.Action.MEMBER_REMOVED, actor=world.contact_a, subject="x@example.org", association=world.a)
    client.force_login(world.contact_a)
    first = client.get(log_url(world.a, "en"))
    assert first.content.decode().count("<tr>") == EVENTS_PER_PAGE + 1  # + the header row
    assert client.get(log_url(world.a, "en"), {"page": "2"}).content.decode().count("<tr>") == 2
    assert client.get(log_url(world.a, "en"), {"page": "abc"}).status_code == 200


def test_members_page_links_to_the_log_for_a_contact(client, world):
    client.force_login(world.contact_a)
    body = client.get(reverse("associations:members", kwargs={"slug": world.a.slug})).content.decode()
    assert log_url(world.a) in body or reverse("associations:audit_log", kwargs={"slug": world.a.slug}) in body
