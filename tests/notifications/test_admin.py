"""Staff can look up notifications in the Django admin and re-send a failed e-mail, never rewrite one."""

import pytest
from django.core import mail
from django.urls import reverse

from notifications.models import Delivery, Notification
from tests.factories import UserFactory

from .conftest import DEMO


@pytest.fixture
def admin_client(db, client, settings):
    staff = UserFactory(email="support@example.org", is_staff=True, is_superuser=True)
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, staff.email]
    client.force_login(staff)
    return client


@pytest.fixture
def unsent(recipient):
    return Notification.objects.create(
        recipient=recipient, kind=DEMO, params={"name": "Aino"}, delivery=Delivery.EMAIL, url="/fi/"
    )


def test_notification_list_finds_a_recipient_by_email(admin_client, unsent, stranger):
    Notification.objects.create(recipient=stranger, kind=DEMO, params={"name": "X"})
    response = admin_client.get(reverse("admin:notifications_notification_changelist"), {"q": "recipient@"})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [unsent]


def test_notification_cannot_be_added_or_changed_in_the_admin(admin_client, unsent):
    assert admin_client.get(reverse("admin:notifications_notification_add")).status_code == 403
    page = admin_client.get(reverse("admin:notifications_notification_change", args=[unsent.pk]))
    assert page.status_code == 200
    assert 'name="kind"' not in page.content.decode()


def test_resend_action_sends_an_unsent_email_once(admin_client, unsent):
    changelist = reverse("admin:notifications_notification_changelist")
    data = {"action": "resend_email", "_selected_action": [unsent.pk]}
    admin_client.post(changelist, data)
    admin_client.post(changelist, data)
    assert len(mail.outbox) == 1
    unsent.refresh_from_db()
    assert unsent.email_sent_at is not None
