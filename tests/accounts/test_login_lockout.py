"""Failed logins are limited per account *and* client: a stranger who types
wrong passwords for someone's address cannot lock the owner out."""

import pytest
from django.core import mail

from tests.accounts.conftest import url

pytestmark = pytest.mark.django_db

STRANGER = "203.0.113.7"
OWNER = "198.51.100.20"


def log_in_from(client, ip, email, password):
    return client.post(url("account_login", "en"), {"login": email, "password": password}, REMOTE_ADDR=ip)


def refusal_codes(response) -> list[str]:
    return [e.code for e in response.context["form"].errors.as_data().get("__all__", [])]


@pytest.fixture
def stranger_tried_five_times(client, learner, site_pages):
    for _attempt in range(5):
        assert log_in_from(client, STRANGER, learner.email, "wrong-password").status_code == 200


def test_owner_logs_in_from_their_own_client_after_a_stranger_failed_five_times(
    client, learner, password, stranger_tried_five_times
):
    response = log_in_from(client, OWNER, learner.email, password)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(learner.pk)


def test_the_strangers_client_is_refused_with_a_clear_message(client, learner, password, stranger_tried_five_times):
    response = log_in_from(client, STRANGER, learner.email, password)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert refusal_codes(response) == ["too_many_login_attempts"]
    assert "Too many failed login attempts from this device" in response.content.decode()


def test_one_client_is_limited_across_accounts(client, site_pages):
    for n in range(10):
        log_in_from(client, STRANGER, f"person{n}@example.org", "wrong-password")
    response = log_in_from(client, STRANGER, "yet-another@example.org", "wrong-password")
    assert refusal_codes(response) == ["too_many_login_attempts"]


def test_the_owner_can_ask_for_a_login_code_by_email(client, learner, stranger_tried_five_times):
    response = client.post(url("account_request_login_code", "en"), {"email": learner.email}, REMOTE_ADDR=STRANGER)
    assert response.status_code == 302
    assert mail.outbox[-1].to == [learner.email]


def test_a_login_code_still_asks_for_the_second_factor(client, learner):
    import re

    from tests.accounts.conftest import enrol_totp

    enrol_totp(learner)
    client.post(url("account_request_login_code", "en"), {"email": learner.email})
    code = re.search(r"^\s*([A-Z0-9]{3,}(?:-[A-Z0-9]+)*)\s*$", mail.outbox[-1].body, re.MULTILINE).group(1)
    response = client.post(url("account_confirm_login_code", "en"), {"code": code})
    assert response.status_code == 302
    assert response["Location"].startswith(url("mfa_authenticate", "en"))
    assert "_auth_user_id" not in client.session


def test_login_page_offers_a_login_code(client, site_pages):
    html = client.get(url("account_login", "fi")).content.decode()
    assert url("account_request_login_code", "fi") in html
    assert client.get(url("account_request_login_code", "fi")).status_code == 200
