"""A failing mail server never turns sign-up or a password reset into a 500:
the person is told to try again, and trying again sends the e-mail (issue 17,
defect 6)."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.core.cache import cache

from tests.accounts.conftest import log_in, url
from tests.mail_backends import FAILING_EMAIL_BACKEND
from training.mail import MAIL_FAILED_MESSAGE

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "tuuli-kantele-revontuli-42"
WORKING_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def sign_up(client, email):
    return client.post(
        url("account_signup", "en"), {"email": email, "password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD}
    )


def shown_messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_signup_with_the_mail_server_down_answers_302_and_asks_to_try_again(client, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    response = sign_up(client, "newcomer@example.org")
    assert response.status_code == 302
    assert shown_messages(response) == [str(MAIL_FAILED_MESSAGE)]  # not "confirmation e-mail sent"


def test_signup_with_the_mail_server_down_keeps_one_unverified_account(client, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    sign_up(client, "newcomer@example.org")
    assert get_user_model().objects.filter(email="newcomer@example.org").count() == 1
    assert not EmailAddress.objects.get(email="newcomer@example.org").verified


def test_verification_is_sent_when_logging_in_after_the_mail_server_is_back(client, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    sign_up(client, "newcomer@example.org")
    settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
    cache.clear()  # the few minutes of allauth's resend limit have passed
    log_in(client, "newcomer@example.org", GOOD_PASSWORD)
    assert [message.to for message in mail.outbox] == [["newcomer@example.org"]]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_password_reset_with_the_mail_server_down_answers_302_and_asks_to_try_again(client, learner, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    response = client.post(url("account_reset_password", "en"), {"email": learner.email})
    assert response.status_code == 302
    assert str(MAIL_FAILED_MESSAGE) in shown_messages(response)


def test_password_reset_sends_the_link_when_asked_again_after_the_mail_server_is_back(client, learner, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    client.post(url("account_reset_password", "en"), {"email": learner.email})
    settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
    client.post(url("account_reset_password", "en"), {"email": learner.email})
    assert [message.to for message in mail.outbox] == [[learner.email]]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
