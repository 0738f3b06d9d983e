"""Helpers for the accounts tests: real logins through allauth, TOTP codes."""

import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from tests.factories import UserFactory


def url(name: str, language: str = "fi", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def totp_code(secret: str) -> str:
    """The current code an authenticator app would show for `secret`.

    Close to the end of a period (a busy machine may take a second or two to
    post it) it waits for the next one, so the code is still current when the
    server checks it."""
    period = mfa_settings.TOTP_PERIOD
    if period - time.time() % period < 3:
        time.sleep(period - time.time() % period + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def log_in(client, email: str, password: str, next_url: str | None = None):
    """Log in through allauth's login form (so the login is recorded for re-authentication)."""
    data = {"login": email, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(url("account_login"), data)


def reauthenticate(client, password: str):
    """Confirm the password again, as allauth asks before sensitive changes."""
    return client.post(url("account_reauthenticate"), {"password": password})


TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def enrol_totp(user, secret: str = TEST_TOTP_SECRET) -> str:
    TOTP.activate(user, secret)
    return secret


@pytest.fixture
def trainers_group(db):
    group, _created = Group.objects.get_or_create(name="Trainers")
    return group


@pytest.fixture
def trainer(trainers_group):
    user = UserFactory(email="tuomas@example.org", first_name="Tuomas", last_name="Kouluttaja")
    user.groups.add(trainers_group)
    return user


@pytest.fixture
def staff_user(db):
    return UserFactory(email="aino@example.org", is_staff=True, is_superuser=True)
