"""The association pages contacts, coordinators and members use: keyboard
and screen-reader friendly, 0 axe violations."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import open_user_menu


def log_in(page, site, email):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill("kohtaamo-demo")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("#user-menu-button")).to_be_visible()


@pytest.fixture
def demo_people_without_mfa(settings):
    # The MFA journey has its own browser test; here the demo staff skip it.
    settings.MFA_EXEMPT_EMAILS = ["contact@example.org", "coordinator@example.org"]


def test_contact_manages_members_with_no_axe_violations(page, site, demo_people_without_mfa):
    log_in(page, site, "contact@example.org")
    open_user_menu(page)
    page.get_by_role("link", name="My associations").click()
    expect(page.locator("h1")).to_have_text("My associations")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Kajaanin Palloseura").first.click()
    expect(page.locator("h1")).to_have_text("Kajaanin Palloseura")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Members").click()
    expect(page.locator("h1")).to_have_text("Members of Kajaanin Palloseura")
    expect(page.get_by_label("Invite link")).to_have_value(re.compile("/associations/join/kajaanin-palloseura/"))
    assert_no_axe_violations(page)

    page.get_by_label("E-mail address").fill("uusi.jasen@example.org")
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text("Invitation sent to uusi.jasen@example.org.")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Association page").click()
    page.get_by_role("link", name="Edit details").click()
    assert_no_axe_violations(page)


def test_coordinator_follows_associations_of_the_region(page, site, demo_people_without_mfa):
    log_in(page, site, "coordinator@example.org")
    open_user_menu(page)
    page.get_by_role("link", name="My associations").click()
    expect(page.get_by_role("link", name="Sotkamon Hiihtäjät")).to_be_visible()
    page.get_by_role("link", name="Sotkamon Hiihtäjät").click()
    expect(page.locator("h1")).to_have_text("Members of Sotkamon Hiihtäjät")
    expect(page.get_by_role("button", name="Send invitation")).to_have_count(0)
    assert_no_axe_violations(page)


def test_learner_finds_an_association_and_asks_to_join_in_arabic(page, site):
    log_in(page, site, "learner@example.org")
    page.goto(f"{site}/ar/associations/find/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_axe_violations(page)
    page.locator("#id_q").fill("Tanssi")
    page.locator("form[role=search] button[type=submit]").click()
    page.get_by_role("link", name="Kainuun Tanssiseura").click()
    assert_no_axe_violations(page)
    page.locator("#id_message").fill("مرحبا! أود الانضمام 💃")
    page.locator("form[action$='/request/'] button[type=submit]").click()
    expect(page.locator(".alert-info")).to_be_visible()
    assert_no_axe_violations(page)
