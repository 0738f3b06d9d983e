"""Every link in allauth's mails is on SITE_URL, whatever Host and port the request came in on."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from associations.models import Invitation
from associations.tasks import send_invitation_email
from reports.tasks import send_reminder_email
from tests.accounts.conftest import url
from tests.associations.factories import AssociationFactory
from tests.reports.factories import ReminderFactory

pytestmark = pytest.mark.django_db

SITE_URL = "https://kohtaamo.example.fi"
# A second dev server, or a proxy that passes its own Host on.
OTHER_HOST = {"HTTP_HOST": "127.0.0.1:8123"}


def links(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


@pytest.fixture(autouse=True)
def on_site_url(settings):
    settings.SITE_URL = SITE_URL


def test_the_signup_confirmation_link_is_on_site_url(client):
    data = {"email": "uusi@example.org", "password1": "tuuli-kantele-42", "password2": "tuuli-kantele-42"}
    client.post(url("account_signup"), data, **OTHER_HOST)
    [message] = mail.outbox
    [link] = [link for link in links(message) if "/accounts/confirm-email/" in link]
    assert link.startswith(SITE_URL + "/fi/accounts/confirm-email/")


def test_the_password_reset_link_is_on_site_url(client, learner):
    client.post(url("account_reset_password"), {"email": learner.email}, **OTHER_HOST)
    [message] = mail.outbox
    [link] = [link for link in links(message) if "/accounts/password/reset/key/" in link]
    assert link.startswith(SITE_URL + "/fi/accounts/password/reset/key/")


def test_the_account_already_exists_mail_links_to_site_url(client, learner):
    data = {"email": learner.email, "password1": "tuuli-kantele-42", "password2": "tuuli-kantele-42"}
    client.post(url("account_signup"), data, **OTHER_HOST)
    [message] = mail.outbox
    assert links(message)
    assert all(link.startswith(SITE_URL + "/") for link in links(message))


@override_settings(ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS=True)
def test_the_unknown_account_mail_links_to_site_url(client):
    client.post(url("account_reset_password"), {"email": "nobody@example.org"}, **OTHER_HOST)
    [message] = mail.outbox
    assert links(message)
    assert all(link.startswith(SITE_URL + "/") for link in links(message))


def test_no_allauth_mail_names_the_serving_host(client, learner):
    client.post(url("account_reset_password"), {"email": learner.email}, **OTHER_HOST)
    [message] = mail.outbox
    assert "127.0.0.1:8123" not in message.body
    assert "kohtaamo.example.fi" in message.body


def test_the_invitation_mail_links_to_site_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"
    invitation = Invitation.objects.create(
        association=AssociationFactory(), email="uusi@example.org", expires_at=timezone.now() + timedelta(days=7)
    )
    send_invitation_email.call(invitation.pk, "fi")
    [message] = mail.outbox
    assert links(message) and all(link.startswith(SITE_URL + "/") for link in links(message))


def test_the_member_reminder_mail_links_to_site_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"
    send_reminder_email.call(ReminderFactory().pk, "fi")
    [message] = mail.outbox
    assert links(message) and all(link.startswith(SITE_URL + "/") for link in links(message))
