"""Live session times on the Arabic (right-to-left) calendar on a 360 px phone:
the clock range reads left to right in order (17:00 before 18:00, not
reversed), the reader's own time is one phrase after the whole range when the
browser's zone differs and absent when it does not, 0 axe violations."""

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations

PHONE = {"width": 360, "height": 780}


def arabic_calendar_url(site):
    """The Arabic calendar: an Arabic interface listing the demo's Finnish sessions, right to left."""
    return f"{site}/ar/live/"


@pytest.fixture
def phone_in(browser):
    """A phone-sized page whose browser clock is in `zone`."""
    contexts = []

    def open_page(zone):
        context = browser.new_context(viewport=PHONE, locale="ar", timezone_id=zone)
        context.set_default_timeout(30_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def test_arabic_time_range_reads_left_to_right_on_a_phone(phone_in, site):
    page = phone_in("Europe/Helsinki")
    page.goto(arabic_calendar_url(site))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    clock = page.locator(".live-list .live-clock").first
    expect(clock).to_be_visible()
    assert clock.evaluate("el => getComputedStyle(el.closest('.card-body')).direction") == "rtl"
    start, end = (clock.locator("time").nth(i).bounding_box() for i in (0, 1))
    assert start["x"] + start["width"] <= end["x"], (start, end)
    assert_no_axe_violations(page)


def test_own_time_follows_the_whole_range_when_the_zone_differs(phone_in, site):
    page = phone_in("Europe/London")
    page.goto(arabic_calendar_url(site))
    when = page.locator(".live-list .live-when").first
    hint = when.locator(".live-local-time")
    expect(hint).to_have_count(1)
    # The hint is the last part of the phrase, after the zone label, and its own range is in order too.
    assert when.evaluate("el => el.lastElementChild.className") == "live-local-time"
    expect(hint.locator("bdi")).to_have_text(
        page.locator(".live-list .live-clock").first.evaluate(
            """el => {
                const [a, b] = el.querySelectorAll('time');
                const f = new Intl.DateTimeFormat('ar', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
                    numberingSystem: 'latn', timeZone: 'Europe/London'});
                return f.format(new Date(a.dateTime)) + '–' + f.format(new Date(b.dateTime));
            }"""
        )
    )
    assert_no_axe_violations(page)


def test_no_own_time_when_the_browser_is_in_finnish_time(phone_in, site):
    page = phone_in("Europe/Helsinki")
    page.goto(arabic_calendar_url(site))
    expect(page.locator(".live-list .live-clock").first).to_be_visible()
    expect(page.locator(".live-local-time")).to_have_count(0)
