"""The public pages in every UI language: readable, navigable, 0 axe violations."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import choose_language, log_out


@pytest.mark.parametrize(("code", "direction"), [("fi", "ltr"), ("sv", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_home_page_in_each_language_has_no_axe_violations(page, site, code, direction):
    page.goto(f"{site}/{code}/")
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)


def test_language_switch_keeps_the_page(page, site):
    page.goto(f"{site}/fi/tietoa/")
    expect(page.locator("h1")).to_have_text("Tietoa Kohtaamosta")
    choose_language(page, "English")
    expect(page).to_have_url(f"{site}/en/tietoa/")
    expect(page.locator("h1")).to_have_text("About Kohtaamo")
    choose_language(page, "ar")
    expect(page).to_have_url(f"{site}/ar/tietoa/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_axe_violations(page)


def test_skip_link_moves_focus_to_main_content(page, site):
    page.goto(f"{site}/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))


def test_home_page_fits_a_320_pixel_screen_without_sideways_scrolling(page, site):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site}/fi/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.get_by_role("button", name="Näytä valikko").click()
    expect(page.locator("#site-nav")).to_have_class(re.compile(r"\bshow\b"))
    page.locator("#language-menu-button").click()
    expect(page.get_by_role("link", name="English")).to_be_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/en/accounts/signup/", "/ar/accounts/login/"])
def test_login_and_signup_pages_have_no_axe_violations(page, site, path):
    page.goto(site + path)
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)


def test_not_found_page_is_styled_and_has_no_axe_violations(page, site):
    response = page.goto(f"{site}/sv/finns-inte/")
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    assert_no_axe_violations(page)


def test_demo_learner_logs_in_and_out(page, site):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill("learner@example.org")
    page.get_by_label("Password").fill("kohtaamo-demo")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page).to_have_url(f"{site}/en/start/")
    log_out(page)
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Log in")).to_be_visible()
