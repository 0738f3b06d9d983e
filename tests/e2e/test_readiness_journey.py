"""Readiness in the browser: a contact works through the checklist to
"ready for review", the coordinator approves, the association appears in the
public directory (also in Arabic). 0 axe violations on every page."""

import pytest
from playwright.sync_api import expect

from readiness.statements import STATEMENT_KEYS
from tests.e2e.axe import assert_no_axe_violations

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def log_in(page, site, email):
    page.context.clear_cookies()
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill("kohtaamo-demo")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.get_by_text("Successfully signed in")).to_be_visible()


@pytest.fixture
def staff_without_mfa(settings):
    settings.MFA_EXEMPT_EMAILS = ["contact@example.org", "coordinator@example.org"]


def test_contact_reaches_review_coordinator_approves_directory_lists_it(page, site, staff_without_mfa):
    readiness_url = f"{site}/en/readiness/associations/kajaanin-palloseura/"
    log_in(page, site, "contact@example.org")
    page.goto(readiness_url)
    expect(page.locator("h1")).to_have_text("Readiness of Kajaanin Palloseura")
    expect(page.get_by_test_id("readiness-status")).to_contain_text("In progress")
    expect(page.get_by_text("Name the welcome and inclusion contact.")).to_be_visible()
    assert_no_axe_violations(page)

    page.locator("#id_welcome_contact").select_option(label="Ahmed Ali (ahmed.ali@demo.kohtaamo.example)")
    page.locator("#id_harassment_contact").select_option(label="Sanna Kemppainen (sanna.k@demo.kohtaamo.example)")
    page.get_by_role("button", name="Save contacts").click()
    expect(page.get_by_text("The contacts were saved.")).to_be_visible()
    assert_no_axe_violations(page)

    page.locator("#id_plan_file").set_input_files(
        {"name": "tasa-arvosuunnitelma.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.locator("#id_board_approved_on").fill("2026-09-01")
    page.locator("#id_review_date").fill("2027-09-01")
    page.get_by_role("button", name="Save the plan").click()
    expect(page.get_by_text("The plan was saved.")).to_be_visible()
    expect(page.get_by_role("link", name="Download the plan (tasa-arvosuunnitelma.pdf)")).to_be_visible()

    page.get_by_role("link", name="Answer the self-assessment").click()
    expect(page.locator("h1")).to_have_text("Team self-assessment of Kajaanin Palloseura")
    assert_no_axe_violations(page)
    for key in STATEMENT_KEYS:
        page.locator(f"input[name='{key}'][value='3']").check()
    page.get_by_role("button", name="Save my answers").click()
    expect(page.get_by_text("Thank you: your answers were saved.")).to_be_visible()
    assert_no_axe_violations(page)

    page.goto(readiness_url)
    expect(page.get_by_text("Every criterion is met.")).to_be_visible()
    page.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_test_id("readiness-status")).to_contain_text("Ready for review")
    assert_no_axe_violations(page)

    log_in(page, site, "coordinator@example.org")
    page.goto(f"{site}/en/readiness/associations/")
    expect(page.locator("h1")).to_have_text("Readiness of associations")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Kajaanin Palloseura", exact=True).click()
    page.locator("#id_comment").fill("Hyvä suunnitelma, kiitos!")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_test_id("readiness-status")).to_contain_text("Approved")
    assert_no_axe_violations(page)

    page.context.clear_cookies()
    page.goto(f"{site}/en/readiness/")
    expect(page.locator("h1")).to_have_text("Welcoming associations")
    expect(page.get_by_role("link", name="Kajaanin Palloseura", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Kajaanin Palloseura", exact=True).click()
    expect(page.get_by_text("Ready to welcome newcomers")).to_be_visible()
    assert_no_axe_violations(page)


def test_directory_and_profile_in_arabic(page, site):
    page.goto(f"{site}/ar/readiness/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("link", name="Kainuun Tanssiseura", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    page.locator("#id_language").select_option("fa")
    page.locator("form.readiness-filters button[type=submit]").click()
    expect(page.get_by_role("link", name="Kainuun Tanssiseura", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Kainuun Tanssiseura", exact=True).click()
    expect(page.locator("h1")).to_have_text("Kainuun Tanssiseura")
    assert_no_axe_violations(page)


def test_lapsed_profile_and_contact_page_at_320px(page, site, staff_without_mfa):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{site}/en/readiness/welcoming/kuhmon-kamarikuoro/")
    expect(page.get_by_text("The readiness approval lapsed")).to_be_visible()
    assert_no_axe_violations(page)
    log_in(page, site, "coordinator@example.org")
    page.goto(f"{site}/en/readiness/associations/sotkamon-salibandy/")
    expect(page.get_by_test_id("readiness-status")).to_contain_text("Ready for review")
    assert_no_axe_violations(page)
