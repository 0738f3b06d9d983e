"""A trainer opens the course analytics from Reports (0 axe violations)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations

PASSWORD = "kohtaamo-demo"
TRAINER = "trainer@example.org"


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.MFA_EXEMPT_EMAILS = [TRAINER]  # this test is about reports, not MFA enrolment


def test_trainer_opens_course_analytics_from_reports(page, site):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(TRAINER)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("#user-menu-button")).to_be_visible()

    page.goto(f"{site}/en/reports/")
    page.get_by_role("link", name="Course analytics").click()
    expect(page.locator("h1")).to_have_text("Course analytics")
    courses = page.get_by_role("region", name="Courses")
    expect(courses.get_by_role("rowheader").first).to_be_visible()
    assert_no_axe_violations(page)

    courses.get_by_role("rowheader").first.get_by_role("link").click()
    expect(page.locator("h1")).to_contain_text("Course analytics: ")
    steps = page.get_by_role("region", name="Required steps")
    expect(steps.get_by_role("row").nth(1)).to_be_visible()
    assert_no_axe_violations(page)
