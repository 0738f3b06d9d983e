"""One-click unsubscribe: a signed link per kind, no login, GET confirms, POST stops the e-mails."""

import pytest
from django.test import Client

from notifications.models import NotificationPreference
from notifications.services import DIGEST_TOKEN_KIND, unsubscribe_token
from tests.notifications.conftest import DEMO, DIGEST_DEMO

pytestmark = pytest.mark.django_db


def unsubscribe_url(user, kind=DEMO):
    return f"/fi/notifications/unsubscribe/{unsubscribe_token(user, kind)}/"


def test_get_shows_a_confirm_page_and_changes_nothing(client, recipient):
    response = client.get(unsubscribe_url(recipient))

    assert response.status_code == 200
    assert "Stop these e-mails" in response.content.decode()
    assert not NotificationPreference.objects.exists()


def test_post_sets_the_kind_to_inapp_only_without_login(client, recipient):
    response = client.post(unsubscribe_url(recipient))

    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=recipient, kind=DEMO).delivery == "inapp"


def test_a_mail_clients_one_click_post_works_without_csrf_token(recipient):
    mail_client = Client(enforce_csrf_checks=True)

    response = mail_client.post(
        unsubscribe_url(recipient), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=recipient, kind=DEMO).delivery == "inapp"


def test_a_tampered_token_answers_404(client, recipient):
    token = unsubscribe_token(recipient, DEMO)

    response = client.post(f"/fi/notifications/unsubscribe/{token[:-2]}xx/")

    assert response.status_code == 404
    assert not NotificationPreference.objects.exists()


def test_the_digest_token_stops_every_kind_that_goes_to_the_digest(client, recipient):
    client.post(unsubscribe_url(recipient, DIGEST_TOKEN_KIND))

    assert NotificationPreference.objects.get(user=recipient, kind=DIGEST_DEMO).delivery == "inapp"
    assert not NotificationPreference.objects.filter(kind=DEMO).exists()
