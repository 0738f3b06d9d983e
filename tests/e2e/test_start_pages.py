"""Each role logs in and lands on their start page, follows one item to where
the work is done; the start page has no axe violations in the four languages,
works on a 360 px phone, and the header keeps to one row at 1280 px with the
user menu reachable by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import DEMO_PASSWORD, open_user_menu


@pytest.fixture(autouse=True)
def _no_mfa_enrolment(settings):
    # These tests are about the start pages, not enrolling a second factor.
    settings.MFA_EXEMPT_EMAILS = ["trainer@example.org", "coordinator@example.org", "contact@example.org"]


def log_in_to_start(page, site, email, language="en"):
    page.goto(f"{site}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form.allauth-form button[type=submit]").click()
    expect(page).to_have_url(f"{site}/{language}/start/")
    expect(page.locator("h1")).to_have_count(1)


def panel(page, key):
    return page.locator(f'[data-panel="{key}"]')


def test_learner_lands_on_start_page_and_continues_a_course(page, site):
    log_in_to_start(page, site, "learner@example.org")
    assert_no_axe_violations(page)
    continuing = panel(page, "courses-continue")
    expect(continuing.get_by_role("heading", name="Continue where you left off")).to_be_visible()
    expect(panel(page, "live-my-sessions")).to_be_visible()
    expect(panel(page, "badges-new")).to_be_visible()
    continuing.get_by_role("link").first.click()
    expect(page.locator(".lesson-body, main h1").first).to_be_visible()
    assert "/start/" not in page.url


def test_contact_lands_on_start_page_and_opens_the_readiness_checklist(page, site):
    log_in_to_start(page, site, "contact@example.org")
    assert_no_axe_violations(page)
    expect(panel(page, "associations-join-requests")).to_be_visible()
    expect(panel(page, "reports-members")).to_be_visible()
    panel(page, "readiness-next-step").get_by_role("link", name="Kajaanin Palloseura").click()
    expect(page).to_have_url(f"{site}/en/readiness/associations/kajaanin-palloseura/#criteria-heading")
    expect(page.locator("#criteria-heading")).to_be_visible()


def test_coordinator_lands_on_start_page_and_opens_a_review(page, site):
    log_in_to_start(page, site, "coordinator@example.org")
    assert_no_axe_violations(page)
    expect(panel(page, "reports-region").get_by_role("link", name="Kainuu")).to_be_visible()
    panel(page, "readiness-review").get_by_role("link", name="Sotkamon Salibandy").first.click()
    expect(page.locator("#review-heading")).to_be_visible()


def test_trainer_lands_on_start_page_and_opens_a_session_they_train(page, site):
    log_in_to_start(page, site, "trainer@example.org")
    assert_no_axe_violations(page)
    expect(panel(page, "quizzes-marking")).to_be_visible()
    expect(panel(page, "courses-review")).to_be_visible()
    panel(page, "live-trainings").get_by_role("listitem").first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/en/live/trainer/sessions/\d+/$"))


@pytest.mark.parametrize("language", ["fi", "sv", "ar"])
def test_start_page_has_no_axe_violations(page, site, language):
    log_in_to_start(page, site, "contact@example.org", language=language)
    if language == "ar":
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_axe_violations(page)


def test_start_page_on_a_phone(page, site):
    page.set_viewport_size({"width": 360, "height": 740})
    log_in_to_start(page, site, "learner@example.org", language="fi")
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    open_user_menu(page)
    expect(page.locator("#user-menu-button + .dropdown-menu").get_by_role("link").first).to_be_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", ["fi", "sv", "ar"])
def test_header_is_one_row_at_1280_px(page, site, language):
    log_in_to_start(page, site, "coordinator@example.org", language=language)
    items = page.locator(
        ".site-header .navbar-brand, .site-header .navbar-nav > .nav-item, .site-header .language-switcher"
    )
    tops = {round(box["y"] + box["height"] / 2) for box in (item.bounding_box() for item in items.all()) if box}
    assert max(tops) - min(tops) <= 8, f"header items on more than one row: {sorted(tops)}"


def test_user_menu_opens_with_the_keyboard(page, site):
    log_in_to_start(page, site, "learner@example.org")
    page.locator("#user-menu-button").focus()
    page.keyboard.press("Enter")
    menu = page.locator("#user-menu-button + .dropdown-menu")
    expect(menu).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(menu.get_by_role("link", name="My start page")).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(page.locator("#user-menu-button")).to_be_focused()
