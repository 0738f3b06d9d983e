"""A contact reads their association's audit log: the invitation they just
sent is there, on a phone and in Arabic too, with 0 axe violations."""

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import log_in


@pytest.fixture
def demo_people_without_mfa(settings):
    settings.MFA_EXEMPT_EMAILS = ["contact@example.org"]  # these tests are about the log, not MFA enrolment


def test_contact_sees_the_invitation_they_sent_in_the_audit_log(page, site, demo_people_without_mfa):
    log_in(page, site, "contact@example.org")
    page.goto(f"{site}/en/associations/kajaanin-palloseura/members/")
    page.get_by_label("E-mail address").fill("audit.uusi@example.org")
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text("Invitation sent to audit.uusi@example.org.")).to_be_visible()

    page.get_by_role("link", name="Audit log").click()
    expect(page.locator("h1")).to_have_text("Audit log of Kajaanin Palloseura")
    expect(page.get_by_role("row").filter(has_text="audit.uusi@example.org")).to_have_count(1)
    assert_no_axe_violations(page)


def test_audit_log_in_arabic_on_a_phone_has_no_axe_violations(page, site, demo_people_without_mfa):
    log_in(page, site, "contact@example.org")
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{site}/ar/associations/kajaanin-palloseura/audit/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_be_visible()
    assert_no_axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
