"""The hobby offering in the newcomer languages, in a browser on a 360 px
phone: 0 axe violations on the list and an activity page in Persian, Sorani,
Russian and Somali, right lang/dir, the try form sent in Persian (RTL), and
the language switcher's ten languages. Controls are found by id or href."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import open_collapsed_menu

PHONE = {"width": 360, "height": 780}
LANGUAGES = [("fa", "rtl"), ("ckb", "rtl"), ("ru", "ltr"), ("so", "ltr")]


@pytest.fixture
def demo_activity(site, settings):
    from activities.models import Activity

    settings.TRYOUT_MIN_FILL_SECONDS = 0
    return Activity.objects.filter(association__slug="kajaanin-palloseura").order_by("pk").first()


def activity_url(activity, language):
    with translation.override(language):
        return activity.get_absolute_url()


def fits_the_phone(page):
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    return widths[0] <= widths[1]


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_the_list_in_a_newcomer_language_has_no_axe_violations(page, site, code, direction):
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/{code}/activities/")
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("main .card").first).to_be_visible()
    assert fits_the_phone(page)
    assert_no_axe_violations(page)


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_the_activity_page_in_a_newcomer_language_has_no_axe_violations(page, site, demo_activity, code, direction):
    page.set_viewport_size(PHONE)
    page.goto(site + activity_url(demo_activity, code))
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("h1")).to_have_count(1)
    assert fits_the_phone(page)
    assert_no_axe_violations(page)


def test_the_try_form_is_sent_in_persian_on_a_phone(page, site, demo_activity):
    from activities.models import TryRequest

    page.set_viewport_size(PHONE)
    page.goto(site + activity_url(demo_activity, "fa"))
    page.locator(f"a[href$='/fa/activities/{demo_activity.pk}/try/']").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#id_first_name")).to_be_visible()
    expect(page.locator("#id_language")).to_have_value("fa")
    assert fits_the_phone(page)
    assert_no_axe_violations(page)
    page.locator("#id_first_name").fill("زهرا")
    page.locator("#id_email").fill("zahra@example.org")
    page.locator("#id_message").fill("سلام، می‌خواهم امتحان کنم.")
    page.locator("#id_consent").check()
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/fa/activities/try/[^/]+/\?sent=1$"))
    expect(page.locator(".alert-success")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert fits_the_phone(page)
    assert_no_axe_violations(page)
    assert TryRequest.objects.get(email="zahra@example.org").language == "fa"


def test_the_switcher_on_the_offering_leads_to_dari(page, site):
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/en/activities/")
    open_collapsed_menu(page)  # waits until the menu has slid open: a click during it can miss
    page.locator("#language-menu-button").click()
    links = page.locator(".language-switcher .dropdown-item")
    expect(links).to_have_count(10)
    page.locator(".language-switcher a[hreflang=prs]").click()
    expect(page).to_have_url(re.compile(r"/prs/activities/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_axe_violations(page)


def test_a_home_page_link_under_persian_lands_on_a_site_language(page, site):
    page.goto(f"{site}/fa/")
    expect(page).to_have_url(re.compile(r"/(fi|sv|en|ar)/$"))
    expect(page.locator(".language-switcher .dropdown-item")).to_have_count(4)
