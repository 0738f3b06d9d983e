"""Known and unknown e-mail addresses cost the same work, so response times do
not reveal who has an account: one password hash on every login attempt and
on every sign-up, and one mail on every sign-up. (Counted, not timed: timing
tests are flaky.)"""

import pytest
from django.core import mail

from tests.accounts.conftest import log_in, url
from tests.accounts.counting_hasher import CountingHasher
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP_PASSWORD = "tuuli-kantele-revontuli-42"


@pytest.fixture
def hashes(settings):
    """Counts password hash computations; reset `hashes.calls = 0` before the request under test."""
    settings.PASSWORD_HASHERS = ["tests.accounts.counting_hasher.CountingHasher"]
    return CountingHasher


@pytest.fixture
def known(hashes):
    """A person whose password is stored with the counting hasher."""
    return UserFactory(email="known@example.org")


@pytest.mark.parametrize("email", ["known@example.org", "Known@Example.org", "nobody@example.org"])
def test_a_failed_login_hashes_the_password_exactly_once(client, known, hashes, email, site_pages):
    hashes.calls = 0
    response = log_in(client, email, "wrong-password-123")
    assert response.status_code == 200
    assert hashes.calls == 1


def test_a_successful_login_hashes_the_password_exactly_once(client, known, hashes, password):
    hashes.calls = 0
    response = log_in(client, known.email, password)
    assert response.status_code == 302
    assert hashes.calls == 1


def sign_up(client, email):
    return client.post(
        url("account_signup", "en"), {"email": email, "password1": SIGNUP_PASSWORD, "password2": SIGNUP_PASSWORD}
    )


@pytest.mark.parametrize("email", ["known@example.org", "newcomer@example.org"])
def test_sign_up_hashes_the_password_exactly_once_whether_or_not_the_address_has_an_account(
    client, known, hashes, email
):
    hashes.calls = 0
    response = sign_up(client, email)
    assert response.status_code == 302
    assert hashes.calls == 1


@pytest.mark.parametrize("email", ["known@example.org", "newcomer@example.org"])
def test_sign_up_sends_exactly_one_mail_whether_or_not_the_address_has_an_account(client, known, email):
    sign_up(client, email)
    assert [m.to for m in mail.outbox] == [[email]]
