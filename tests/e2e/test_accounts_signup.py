"""Sign up, verify the e-mail address through the mailed link, and be logged in."""

import re

from django.core import mail
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import open_user_menu


def test_sign_up_verify_email_and_be_logged_in(page, site):
    page.goto(f"{site}/en/accounts/signup/")
    page.locator("input[name=email]").fill("newcomer@example.org")
    page.locator("input[name=password1]").fill("tuuli-kantele-revontuli-42")
    page.locator("input[name=password2]").fill("tuuli-kantele-revontuli-42")
    page.locator("form.allauth-form button[type=submit]").click()

    expect(page).to_have_url(f"{site}/en/accounts/confirm-email/")
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Log in")).to_be_visible()

    messages = [m for m in mail.outbox if m.to == ["newcomer@example.org"]]
    assert len(messages) == 1
    # The link is on SITE_URL (every mail link is); follow its path on the test server.
    path = re.search(r"https?://[^/\s]+(/\S+/accounts/confirm-email/\S+/)", messages[0].body).group(1)
    page.goto(site + path)
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)
    page.locator("form.allauth-form button[type=submit]").click()

    expect(page).to_have_url(f"{site}/en/start/")
    open_user_menu(page)
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Profile")).to_be_visible()
