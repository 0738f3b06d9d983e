"""Reports in the browser: the contact's matrix and its exports, reminders,
the coordinator's regional dashboard and funder summary (0 axe violations)."""

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from associations.models import Region
from tests.e2e.axe import assert_no_axe_violations

PASSWORD = "kohtaamo-demo"
CONTACT = "contact@example.org"
COORDINATOR = "coordinator@example.org"


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.MFA_EXEMPT_EMAILS = [CONTACT, COORDINATOR]  # these tests are about reports, not MFA enrolment


def log_in(page, site, email):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("#user-menu-button")).to_be_visible()


def download(page, name):
    with page.expect_download() as info:
        page.get_by_role("link", name=name, exact=True).first.click()
    return info.value


def test_contact_exports_the_matrix_as_xlsx_and_csv(page, site):
    log_in(page, site, CONTACT)
    page.goto(f"{site}/en/reports/")
    page.get_by_role("link", name="Kajaanin Palloseura").click()
    expect(page.locator("h1")).to_have_text("Progress of Kajaanin Palloseura")
    matrix = page.get_by_role("region", name="Members and courses")
    expect(matrix.get_by_role("columnheader", name="Kulttuurien kohtaaminen")).to_be_visible()
    assert_no_axe_violations(page)

    xlsx = download(page, "Excel (XLSX)")
    assert xlsx.suggested_filename == "kajaanin-palloseura-matrix.xlsx"
    sheet = load_workbook(io.BytesIO(Path(xlsx.path()).read_bytes())).active
    emails = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "learner@example.org" in emails

    csv_file = download(page, "CSV")
    assert csv_file.suggested_filename == "kajaanin-palloseura-matrix.csv"
    raw = Path(csv_file.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Name", "E-mail", "Role"]
    assert any("learner@example.org" in row for row in rows)


def test_contact_reminds_inactive_members(page, site):
    log_in(page, site, CONTACT)
    page.goto(f"{site}/en/reports/associations/kajaanin-palloseura/")
    reminders = page.locator("form[action$='/remind/']")
    expect(reminders).to_be_visible()
    reminders.get_by_role("button", name="Send reminder").click()
    expect(page.get_by_role("status").filter(has_text="sent")).to_be_visible()
    assert_no_axe_violations(page)


def test_coordinator_opens_the_regional_dashboard(page, site):
    log_in(page, site, COORDINATOR)
    page.goto(f"{site}/en/reports/")
    page.get_by_role("link", name="Dashboard of Kainuu").click()
    expect(page.locator("h1")).to_have_text("Regional dashboard: Kainuu")
    associations = page.get_by_role("region", name="Associations")
    expect(associations.get_by_role("rowheader", name="Kajaanin Palloseura")).to_be_visible()
    expect(page.get_by_role("img", name="Bar chart of course completions per month")).to_be_visible()
    expect(page.get_by_role("table", name="Course completions per month (the figures of the chart)")).to_be_visible()
    assert_no_axe_violations(page)


def test_coordinator_opens_the_funder_summary(page, site):
    region = Region.objects.get(name="Kainuu")
    log_in(page, site, COORDINATOR)
    page.goto(f"{site}/en/reports/regions/{region.pk}/")
    page.get_by_role("link", name="Funder summary").first.click()
    expect(page.locator("h1")).to_have_text("Funder summary: Kainuu")
    expect(page.get_by_role("heading", name="Age group by gender")).to_be_visible()
    assert_no_axe_violations(page)
    summary = download(page, "Excel (XLSX)")
    assert summary.suggested_filename == "funder-summary.xlsx"


def test_regional_dashboard_in_arabic_has_no_axe_violations(page, site):
    region = Region.objects.get(name="Kainuu")
    log_in(page, site, COORDINATOR)
    page.goto(f"{site}/ar/reports/regions/{region.pk}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_axe_violations(page)
