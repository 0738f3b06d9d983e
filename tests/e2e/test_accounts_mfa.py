"""A trainer must set up an authenticator app, then logs in with password + code."""

import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import log_out
from tests.factories import DEFAULT_PASSWORD, UserFactory


def current_code(secret: str) -> str:
    """The code an authenticator app shows now; waits for a fresh period near its end."""
    period = mfa_settings.TOTP_PERIOD
    if time.time() % period > period - 5:
        time.sleep(period - time.time() % period + 0.5)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


@pytest.fixture
def trainer(site):
    group, _created = Group.objects.get_or_create(name="Trainers")
    group.permissions.add(Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"))
    user = UserFactory(email="new-trainer@example.org", first_name="Tiina", last_name="Kouluttaja")
    user.groups.add(group)
    return user


def fill_login(page, email, password):
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("form.allauth-form button[type=submit]").click()


def test_trainer_sets_up_totp_then_logs_in_with_a_code_and_reaches_the_admin(page, site, trainer):
    page.goto(f"{site}/en/accounts/login/")
    assert_no_axe_violations(page)
    fill_login(page, trainer.email, DEFAULT_PASSWORD)

    # Adding an authenticator asks for the password once more (allauth's rule).
    expect(page).to_have_url(f"{site}/en/accounts/reauthenticate/?next=%2Fen%2Faccounts%2F2fa%2Ftotp%2Factivate%2F")
    expect(page.get_by_text("Your role requires two-factor authentication. Set it up to continue.")).to_be_visible()
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)
    page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(f"{site}/en/accounts/2fa/totp/activate/")
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)
    secret = page.locator("#authenticator_secret").input_value()
    assert len(secret) >= 16
    page.get_by_label("Authenticator code").fill(current_code(secret))
    page.get_by_role("button", name="Activate").click()

    expect(page).to_have_url(f"{site}/en/accounts/2fa/recovery-codes/")
    assert_no_axe_violations(page)

    page.goto(f"{site}/en/accounts/2fa/")
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)

    log_out(page)
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Log in")).to_be_visible()

    # The admin sends people to allauth's login; after password and code they land in the admin.
    page.goto(f"{site}/admin/")
    expect(page).to_have_url(f"{site}/fi/accounts/login/?next=%2Fadmin%2F")
    assert_no_axe_violations(page)
    fill_login(page, trainer.email, DEFAULT_PASSWORD)
    expect(page).to_have_url(f"{site}/fi/accounts/2fa/authenticate/")
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)
    page.locator("input[name=code]").fill(current_code(secret))
    page.locator("form.allauth-form button[type=submit]").first.click()
    expect(page).to_have_url(f"{site}/admin/")
    expect(page.locator("body")).to_contain_text("Tiina")


def test_learner_is_not_sent_to_two_factor_setup(page, site):
    page.goto(f"{site}/en/accounts/login/")
    fill_login(page, "learner@example.org", "kohtaamo-demo")
    expect(page).to_have_url(f"{site}/en/start/")
    page.goto(f"{site}/en/profile/")
    expect(page).to_have_url(f"{site}/en/profile/")
    page.get_by_role("link", name="Two-factor authentication").click()
    expect(page).to_have_url(f"{site}/en/accounts/2fa/")
    assert_no_axe_violations(page)
