"""A learner edits the profile, downloads their data and sees the deletion page."""

import json
import re

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import open_user_menu


def log_in(page, site, language="en", email="learner@example.org"):
    page.goto(f"{site}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("kohtaamo-demo")
    page.locator("form.allauth-form button[type=submit]").click()
    expect(page).to_have_url(f"{site}/{language}/start/")


def test_learner_downloads_their_data_as_json(page, site):
    log_in(page, site)
    open_user_menu(page)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Profile").click()
    expect(page).to_have_url(f"{site}/en/profile/")
    expect(page.locator("h1")).to_have_text("Your profile")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Download my data").click()
    expect(page).to_have_url(f"{site}/en/profile/data/")
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download my data (JSON)").click()
    download = download_info.value
    assert re.fullmatch(r"kohtaamo-my-data-\d{4}-\d{2}-\d{2}\.json", download.suggested_filename)
    data = json.loads(open(download.path(), encoding="utf-8").read())  # noqa: SIM115
    assert data["profile"]["label"] == "Profile"
    assert data["profile"]["data"]["email"] == "learner@example.org"
    assert data["profile"]["data"]["email_addresses"][0]["verified"] is True
    assert data["courses"]["data"]["completed_courses"]


def test_learner_saves_funder_facts_and_switches_to_arabic(page, site):
    log_in(page, site)
    page.goto(f"{site}/en/profile/")
    page.get_by_label("Gender").select_option("woman")
    page.get_by_label("Home municipality").select_option(label="Kajaani")
    page.get_by_label("Preferred language").select_option("ar")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(f"{site}/ar/profile/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)
    learner = get_user_model().objects.get(email="learner@example.org")
    assert (learner.gender, learner.municipality.name, learner.preferred_language) == ("woman", "Kajaani", "ar")


def test_learner_deletes_the_account_after_confirming_the_password(page, site):
    log_in(page, site, email="learner2@example.org")
    page.goto(f"{site}/en/profile/")
    page.get_by_role("link", name="Delete my account").click()
    expect(page).to_have_url(f"{site}/en/accounts/reauthenticate/?next=%2Fen%2Fprofile%2Fdelete%2F")
    page.locator("input[name=password]").fill("kohtaamo-demo")
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(f"{site}/en/profile/delete/")
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Delete my account").click()
    expect(page.locator(".invalid-feedback, .alert-danger").first).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("I understand that my account").check()
    page.get_by_role("button", name="Delete my account").click()
    expect(page).to_have_url(f"{site}/en/")
    expect(page.get_by_text("Your account and personal data have been deleted.")).to_be_visible()
    assert_no_axe_violations(page)
    assert not get_user_model().objects.filter(email="learner2@example.org").exists()
