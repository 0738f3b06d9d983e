"""The "I'd like to try this" journey in a browser: a newcomer on a 360 px
phone, in English and in Arabic, finds an activity, asks to try it and later
reads the association's answer; the contact answers from the inbox. 0 axe
violations on every new page. Controls are found by id or by role and href,
not by text, because the Arabic strings are translated centrally."""

import re

import pytest
from django.core import mail
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import log_in

PHONE = {"width": 360, "height": 780}


@pytest.fixture
def demo_activity(site, settings):
    from activities.models import Activity

    settings.MFA_EXEMPT_EMAILS = ["contact@example.org"]
    settings.TRYOUT_MIN_FILL_SECONDS = 0
    return Activity.objects.filter(association__slug="kajaanin-palloseura").order_by("pk").first()


def assert_fits_the_phone(page):
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"page is {widths[0]} px wide in a {widths[1]} px viewport"


def activity_url(activity, language):
    with translation.override(language):
        return activity.get_absolute_url()


def ask_to_try(page, site, activity, language, **fields):
    page.set_viewport_size(PHONE)
    page.goto(f"{site}{activity_url(activity, language)}")
    button = page.locator(f"a[href$='/activities/{activity.pk}/try/']")
    expect(button).to_be_visible()
    button.click()
    expect(page.locator("#id_first_name")).to_be_visible()
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)
    page.locator("#id_first_name").fill(fields.get("first_name", "Amina"))
    if "email" in fields:
        page.locator("#id_email").fill(fields["email"])
    if "phone" in fields:
        page.locator("#id_phone").fill(fields["phone"])
    page.locator("#id_language").select_option(language)
    page.locator("#id_message").fill(fields.get("message", "مرحبا 👋"))
    page.locator("#id_consent").check()
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/activities/try/[^/]+/\?sent=1$"))
    expect(page.locator(".alert-success")).to_be_visible()
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)
    return page.url.split("?")[0]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_newcomer_asks_on_a_phone_and_reads_the_answer(page, site, demo_activity, language, browser):
    from activities.models import TryRequest

    status_url = ask_to_try(page, site, demo_activity, language, email="newcomer@example.org")
    expect(page.locator("html")).to_have_attribute("lang", language)
    if language == "ar":
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
    try_request = TryRequest.objects.get(email="newcomer@example.org")
    assert try_request.language == language

    contact = browser.new_page()
    log_in(contact, site, "contact@example.org")
    contact.goto(f"{site}/en/activities/requests/")
    contact.locator(f"#try-{try_request.pk} a").click()
    contact.locator("#id_answer-answer_0").check()
    contact.locator("#id_answer-visit_at").fill("2030-06-01T17:30")
    contact.locator("#id_answer-note").fill("Welcome! Ask for Juha at the door.")
    contact.locator("form[action$='/answer/'] button[type=submit]").click()
    expect(contact.locator(".alert-success")).to_be_visible()
    contact.close()

    assert any(
        message.to == ["newcomer@example.org"] and status_url.split(site)[1] in message.body for message in mail.outbox
    )
    page.goto(status_url)
    expect(page.get_by_text("Welcome! Ask for Juha at the door.")).to_be_visible()
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)


def test_the_contact_sees_the_inbox_and_a_phone_only_request(page, site, demo_activity):
    from activities.models import TryRequest

    ask_to_try(page, site, demo_activity, "en", first_name="Dmytro", phone="040 765 4321")
    try_request = TryRequest.objects.get(first_name="Dmytro", phone="+358407654321")
    page.context.clear_cookies()
    page.set_viewport_size({"width": 1280, "height": 900})  # log_in looks for the uncollapsed user menu
    log_in(page, site, "contact@example.org")
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/fi/activities/requests/")
    expect(page.locator(f"#try-{try_request.pk}")).to_be_visible()
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)
    page.locator(f"#try-{try_request.pk} a").click()
    expect(page.locator("a[href='tel:+358407654321']").first).to_be_visible()
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)
    page.locator("#id_outcome-outcome_1").check()
    page.locator("form[action$='/outcome/'] button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()
    assert_no_axe_violations(page)
    try_request.refresh_from_db()
    assert try_request.outcome == "joined"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_flooded_form_answers_with_a_clear_page(page, site, demo_activity, settings, language):
    settings.TRYOUT_RATE_LIMITS = {"try_request": "1/10m/ip,100/h/key"}
    ask_to_try(page, site, demo_activity, language, email="first@example.org")
    page.go_back()
    page.goto(f"{site}{activity_url(demo_activity, language)}")
    page.locator(f"a[href$='/activities/{demo_activity.pk}/try/']").click()
    page.locator("#id_first_name").fill("Second")
    page.locator("#id_email").fill("second@example.org")
    page.locator("#id_consent").check()
    page.locator("form button[type=submit]").click()
    expect(page.locator(".alert-warning")).to_be_visible()
    expect(page.locator("#id_first_name")).to_have_value("Second")
    assert_fits_the_phone(page)
    assert_no_axe_violations(page)
