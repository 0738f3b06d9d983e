"""The hobby offering's funnel in the browser: on the coordinator's regional
dashboard (desktop, a 360 px phone, Arabic) and on the funder summary, with
0 axe violations; on a phone the wide per-month tables scroll inside their
own container, never the page. Found by id and role, not by translated text."""

import pytest
from playwright.sync_api import expect

from associations.models import Region
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import log_in

COORDINATOR = "coordinator@example.org"
PHONE = {"width": 360, "height": 780}


@pytest.fixture
def kainuu(site, settings):
    settings.MFA_EXEMPT_EMAILS = [COORDINATOR]
    return Region.objects.get(name="Kainuu")


def test_coordinator_sees_the_funnel_on_the_regional_dashboard(page, site, kainuu):
    log_in(page, site, COORDINATOR)
    page.goto(f"{site}/en/reports/regions/{kainuu.pk}/")
    summary = page.locator("#offering-summary")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("rowheader", name="Kajaani", exact=True)).to_be_visible()
    expect(page.locator("#offering-joined")).to_be_visible()
    assert_no_axe_violations(page)


def test_funnel_tables_scroll_inside_their_container_on_a_phone(page, site, kainuu):
    log_in(page, site, COORDINATOR)
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/en/reports/regions/{kainuu.pk}/")
    table = page.locator("#offering-requests")
    table.scroll_into_view_if_needed()
    expect(table).to_be_visible()
    page_width = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert page_width[0] <= page_width[1], f"the page is {page_width[0]} px wide in {page_width[1]} px"
    container = table.locator("xpath=..")
    widths = container.evaluate("element => [element.scrollWidth, element.clientWidth]")
    assert widths[0] > widths[1], "twelve months do not fit 360 px: the container scrolls"
    assert_no_axe_violations(page)


def test_funnel_on_the_arabic_dashboard_has_no_axe_violations(page, site, kainuu):
    log_in(page, site, COORDINATOR)
    page.goto(f"{site}/ar/reports/regions/{kainuu.pk}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#offering-summary")).to_be_visible()
    assert_no_axe_violations(page)


def test_funder_summary_shows_the_funnel(page, site, kainuu):
    log_in(page, site, COORDINATOR)
    page.goto(f"{site}/en/reports/regions/{kainuu.pk}/funder/")
    expect(page.locator("#offering-summary")).to_be_visible()
    assert_no_axe_violations(page)
