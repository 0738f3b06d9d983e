"""Sign-up and login by e-mail: mandatory verification, no account enumeration,
password rules and rate limits (allauth, configured in training/settings/base.py)."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from tests.accounts.conftest import log_in, url

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "tuuli-kantele-revontuli-42"


def sign_up(client, email, password=GOOD_PASSWORD, password2=None, language="en"):
    return client.post(
        url("account_signup", language),
        {"email": email, "password1": password, "password2": password2 or password},
    )


def page_text(response) -> str:
    """The visible part of a page, without per-request tokens."""
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return html


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+/accounts/confirm-email/\S+/)", message.body).group(1)


def test_signup_sends_a_verification_mail(client):
    response = sign_up(client, "newcomer@example.org")
    assert response.status_code == 302
    assert response["Location"] == url("account_email_verification_sent", "en")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["newcomer@example.org"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert not EmailAddress.objects.get(email="newcomer@example.org").verified


def test_signup_does_not_log_in_before_verification(client):
    sign_up(client, "newcomer@example.org")
    assert "_auth_user_id" not in client.session


def test_unverified_account_cannot_log_in(client):
    sign_up(client, "newcomer@example.org")
    client.logout()
    response = log_in(client, "newcomer@example.org", GOOD_PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == url("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_verification_link_verifies_and_then_login_works(client):
    sign_up(client, "newcomer@example.org")
    link = confirmation_link(mail.outbox[0])
    client.post(link)
    assert EmailAddress.objects.get(email="newcomer@example.org").verified
    client.logout()
    response = log_in(client, "newcomer@example.org", GOOD_PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(get_user_model().objects.get(email="newcomer@example.org").pk)


def test_signup_with_a_registered_address_answers_like_a_new_one(client, learner, site_pages):
    new = sign_up(client, "newcomer@example.org")
    new_page = client.get(new["Location"])
    client.cookies.clear()
    known = sign_up(client, learner.email)
    known_page = client.get(known["Location"])
    assert (known.status_code, known["Location"]) == (new.status_code, new["Location"])
    assert known_page.status_code == new_page.status_code == 200
    # The page repeats the address that was typed in, nothing else differs.
    assert page_text(known_page).replace(learner.email, "<email>") == page_text(new_page).replace(
        "newcomer@example.org", "<email>"
    )


def test_signup_with_a_registered_address_mails_the_owner_instead(client, learner):
    sign_up(client, learner.email)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [learner.email]
    assert "/accounts/confirm-email/" not in mail.outbox[0].body
    assert get_user_model().objects.filter(email=learner.email).count() == 1


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client, learner, site_pages):
    known = client.post(url("account_reset_password", "en"), {"email": learner.email})
    unknown = client.post(url("account_reset_password", "en"), {"email": "nobody@example.org"})
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert page_text(client.get(known["Location"])) == page_text(client.get(unknown["Location"]))


def test_password_reset_mails_a_link_only_to_a_known_address(client, learner):
    client.post(url("account_reset_password", "en"), {"email": learner.email})
    client.post(url("account_reset_password", "en"), {"email": "nobody@example.org"})
    by_recipient = {message.to[0]: message.body for message in mail.outbox}
    assert "/accounts/password/reset/key/" in by_recipient[learner.email]
    assert "/accounts/password/reset/key/" not in by_recipient.get("nobody@example.org", "")


@pytest.mark.parametrize(
    "weak",
    ["lyhyt-1", "password123", "12345678901234", "newcomer-example"],
    ids=["too-short", "common", "numeric", "like-the-email"],
)
def test_weak_password_is_rejected(client, weak, site_pages):
    response = sign_up(client, "newcomer@example.org", password=weak)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not get_user_model().objects.filter(email="newcomer@example.org").exists()
    assert mail.outbox == []


def test_mismatched_passwords_are_rejected(client, site_pages):
    response = sign_up(client, "newcomer@example.org", password2=GOOD_PASSWORD + "x")
    assert response.status_code == 200
    assert not get_user_model().objects.filter(email="newcomer@example.org").exists()


def test_nul_byte_in_signup_email_is_a_form_error(client, site_pages):
    response = sign_up(client, "new\x00comer@example.org")
    assert response.status_code == 200
    assert "email" in response.context["form"].errors


def test_failed_logins_for_one_address_are_limited(client, learner, password, site_pages):
    for _attempt in range(5):
        response = log_in(client, learner.email, "wrong-password")
        assert response.status_code == 200
    response = log_in(client, learner.email, password)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert [e.code for e in response.context["form"].errors.as_data()["__all__"]] == ["too_many_login_attempts"]


def test_failed_logins_for_another_address_are_not_limited_by_the_first(client, learner, password, site_pages):
    for _attempt in range(5):
        log_in(client, "someone-else@example.org", "wrong-password")
    response = log_in(client, learner.email, password)
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_too_many_login_posts_from_one_ip_get_429(client, site_pages):
    statuses = [log_in(client, f"person{n}@example.org", "wrong-password").status_code for n in range(31)]
    assert 429 in statuses
    assert statuses[0] == 200


def test_verification_in_the_signup_session_logs_in_and_lands_on_the_start_page_in_the_language(client):
    sign_up(client, "newcomer@example.org", language="sv")
    response = client.post(confirmation_link(mail.outbox[0]))
    assert response["Location"] == "/sv/start/"
    assert "_auth_user_id" in client.session
