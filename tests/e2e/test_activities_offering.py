"""The newcomer's offering on a 360 px phone in fi, sv, en and ar: the list and an
activity page, 0 axe violations, no sideways scrolling, right lang/dir."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations

PHONE = {"width": 360, "height": 780}
LANGUAGES = [("fi", "ltr"), ("sv", "ltr"), ("en", "ltr"), ("ar", "rtl")]


def fits_the_phone(page):
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    return widths[0] <= widths[1]


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_the_list_on_a_phone_has_no_axe_violations(page, site, code, direction):
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/{code}/activities/")
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("main .card").first).to_be_visible()
    assert fits_the_phone(page)
    assert_no_axe_violations(page)


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_the_activity_page_on_a_phone_has_no_axe_violations(page, site, code, direction):
    from activities.models import Activity

    activity = Activity.objects.get(title="Jalkapallo lapsille")
    with translation.override(code):
        url = activity.get_absolute_url()
    page.set_viewport_size(PHONE)
    page.goto(site + url)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("h1")).to_have_count(1)
    assert fits_the_phone(page)
    assert_no_axe_violations(page)


def test_the_arabic_page_shows_the_associations_arabic_title(page, site):
    from activities.models import Activity

    activity = Activity.objects.get(title="Jalkapallo lapsille")
    with translation.override("ar"):
        url = activity.get_absolute_url()
    page.goto(site + url)
    expect(page.locator("h1")).to_have_text("كرة القدم للأطفال")
    expect(page.locator("h1")).to_have_attribute("lang", "ar")


def test_filtering_by_municipality_is_remembered(page, site):
    page.goto(f"{site}/en/activities/")
    page.locator("#id_municipality").select_option(label="Sotkamo")
    page.locator("main form button[type=submit]").click()
    page.goto(f"{site}/en/activities/")
    expect(page.locator("#id_municipality option:checked")).to_have_text("Sotkamo")
