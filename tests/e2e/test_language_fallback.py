"""A switcher link to a missing translation keeps the chosen interface
language, shows the page as it exists with a notice, and passes axe."""

from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import choose_language


def test_swedish_link_on_a_finnish_only_live_session_keeps_the_swedish_interface(page, site):
    from live.models import LiveSessionPage

    session = next(
        s
        for s in LiveSessionPage.objects.live().filter(locale__language_code="fi")
        if not s.get_translations().exists()
    )
    page.goto(f"{site}{session.url}")
    choose_language(page, "Svenska")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.locator(".missing-translation-notice")).to_be_visible()
    expect(page.locator('main h1[lang="fi"]')).to_be_visible()
    assert_no_axe_violations(page)
