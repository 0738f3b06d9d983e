"""The contact's readiness checklist on a phone (320 px wide) and in Arabic
(right to left): every step of the journey to "ready for review" fits the
screen without sideways scrolling and has 0 axe violations. Controls are found
by id, not by text, because the Arabic strings are translated centrally."""

import pytest
from playwright.sync_api import expect

from readiness.statements import STATEMENT_KEYS
from tests.e2e.axe import assert_no_axe_violations

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
CHECKLIST = "/ar/readiness/associations/kajaanin-palloseura/"


@pytest.fixture
def contact_on_phone(page, site, settings):
    settings.MFA_EXEMPT_EMAILS = ["contact@example.org"]
    page.set_viewport_size({"width": 320, "height": 720})
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill("contact@example.org")
    page.locator("#id_password").fill("kohtaamo-demo")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.get_by_text("Successfully signed in")).to_be_visible()
    page.goto(f"{site}{CHECKLIST}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    return page


def assert_fits_the_phone(page):
    """No sideways scrolling at 320 px: nothing is wider than the viewport."""
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"page is {widths[0]} px wide in a {widths[1]} px viewport"


def test_checklist_fits_a_phone_in_arabic(contact_on_phone):
    page = contact_on_phone
    expect(page.locator(".readiness-status--in_progress")).to_be_visible()
    expect(page.locator("#id_welcome_contact")).to_be_visible()
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)


def test_checklist_errors_on_a_phone_in_arabic_keep_what_was_typed(contact_on_phone):
    page = contact_on_phone
    page.locator("#id_measures").fill("")
    page.locator("#id_public_summary").fill("Tervetuloa!")
    page.locator("#measures button[type=submit]").click()
    expect(page.locator("#id_measures")).to_have_class("textarea form-control is-invalid")
    expect(page.locator("#id_public_summary")).to_have_value("Tervetuloa!")
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)


def test_contact_reaches_ready_for_review_on_a_phone_in_arabic(contact_on_phone, site):
    page = contact_on_phone
    page.locator("#id_welcome_contact").select_option(label="Ahmed Ali (ahmed.ali@demo.kohtaamo.example)")
    page.locator("#id_harassment_contact").select_option(label="Sanna Kemppainen (sanna.k@demo.kohtaamo.example)")
    page.locator("#contacts button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()

    page.locator("#id_plan_file").set_input_files(
        {"name": "tasa-arvosuunnitelma.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.locator("#id_board_approved_on").fill("2026-09-01")
    page.locator("#id_review_date").fill("2027-09-01")
    page.locator("#plan button[type=submit]").click()
    expect(page.locator("#plan a[href$='/plan/file/']")).to_be_visible()
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)

    page.locator("#self-assessment a").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)
    for key in STATEMENT_KEYS:
        page.locator(f"input[name='{key}'][value='3']").check()
    page.locator("form.readiness-assessment button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()

    page.goto(f"{site}{CHECKLIST}")
    page.locator("form[action$='/submit/'] button").click()
    expect(page.locator(".readiness-status--ready_for_review")).to_be_visible()
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)
