"""Staff read the audit log in the Django admin; nobody changes it there."""

import pytest
from django.urls import reverse

import audit
from audit.models import AuditEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client, settings):
    user = UserFactory(email="root@example.org", is_staff=True, is_superuser=True)
    settings.MFA_EXEMPT_EMAILS = [user.email]
    client.force_login(user)
    return client


@pytest.fixture
def staff_client(client, settings):
    user = UserFactory(email="staff@example.org", is_staff=True)
    settings.MFA_EXEMPT_EMAILS = [user.email]
    client.force_login(user)
    return client


@pytest.fixture
def event():
    actor = UserFactory(email="contact@example.org", first_name="Kaisa", last_name="Contact")
    return audit.record(audit.Action.MEMBER_REMOVED, actor=actor, subject="gone@example.org")


def test_staff_see_the_list_with_filters(staff_client, event):
    response = staff_client.get(reverse("admin:audit_auditevent_changelist"), {"action": "membership.removed"})
    assert response.status_code == 200
    assert "Kaisa Contact" in response.content.decode()


def test_filter_by_association_shows_only_its_events(staff_client):
    class Named:
        def __init__(self, pk, name):
            self.pk, self.name = pk, name

        def __str__(self):
            return self.name

    actor = UserFactory(email="a@example.org")
    audit.record(audit.Action.MEMBER_REMOVED, actor=actor, subject="one@example.org", association=Named(7, "Seura"))
    audit.record(audit.Action.MEMBER_REMOVED, actor=actor, subject="two@example.org", association=Named(8, "Kerho"))
    response = staff_client.get(reverse("admin:audit_auditevent_changelist"), {"association": "7"})
    body = response.content.decode()
    assert "one@example.org" in body
    assert "two@example.org" not in body


def test_detail_is_read_only(superuser_client, event):
    url = reverse("admin:audit_auditevent_change", args=[event.pk])
    assert superuser_client.get(url).status_code == 200
    superuser_client.post(url, {"actor_label": "someone else"})
    assert AuditEvent.objects.get(pk=event.pk).actor_label == "Kaisa Contact"


def test_nobody_can_add_or_delete_through_the_admin(superuser_client, event):
    assert superuser_client.get(reverse("admin:audit_auditevent_add")).status_code == 403
    assert superuser_client.post(reverse("admin:audit_auditevent_delete", args=[event.pk])).status_code == 403
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_the_model_has_only_the_view_permission():
    assert AuditEvent._meta.default_permissions == ("view",)
