"""Tables never break a word: on a 360 px phone a wide table scrolls sideways
inside its own container (the page itself does not), and on a desktop the
funder summary's headers wrap between words only."""

import pytest
from playwright.sync_api import expect

from associations.models import Region
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import log_in

CONTACT = "contact@example.org"
COORDINATOR = "coordinator@example.org"
PHONE = {"width": 360, "height": 740}

# Every word (split at spaces and hyphens, where a line may legitimately wrap)
# of every table cell whose glyphs lie on more than one line.
WORDS_BROKEN_ACROSS_LINES = """() => {
    const broken = [];
    for (const cell of document.querySelectorAll("main table th, main table td")) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.data.matchAll(/[^\\s\\-\\u2013\\u2014]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (lines.size > 1) broken.push(match[0]);
            }
        }
    }
    return broken;
}"""

# Tables that are wider than their container must scroll inside it: a
# .table-responsive wrapper, wider content than its box, and no sideways page.
TABLES_NOT_SCROLLING_IN_A_CONTAINER = """() => {
    const problems = [];
    for (const table of document.querySelectorAll("main table")) {
        const container = table.closest(".table-responsive");
        const name = table.caption?.textContent || table.className;
        if (!container) { problems.push("no .table-responsive around: " + name); continue; }
        const fits = table.offsetWidth <= container.clientWidth + 1;
        const scrolls = container.scrollWidth > container.clientWidth;
        if (!fits && !scrolls) problems.push("overflows without scrolling: " + name);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push("the page scrolls sideways");
    return problems;
}"""


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.MFA_EXEMPT_EMAILS = [CONTACT, COORDINATOR]  # these tests are about layout, not MFA enrolment


def assert_tables_keep_their_words(page):
    expect(page.locator("main table").first).to_be_visible()
    assert page.evaluate(WORDS_BROKEN_ACROSS_LINES) == []
    assert page.evaluate(TABLES_NOT_SCROLLING_IN_A_CONTAINER) == []


def test_members_table_scrolls_inside_its_container_on_a_phone(page, site):
    log_in(page, site, CONTACT)
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/fi/associations/kajaanin-palloseura/members/")
    assert_tables_keep_their_words(page)
    assert_no_axe_violations(page)


def test_regional_tables_scroll_inside_their_containers_on_a_phone(page, site):
    log_in(page, site, COORDINATOR)
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/fi/reports/regions/{Region.objects.get(name='Kainuu').pk}/")
    assert_tables_keep_their_words(page)
    assert_no_axe_violations(page)


def test_funder_summary_headers_are_not_broken_mid_word_on_a_desktop(page, site):
    log_in(page, site, COORDINATOR)
    page.goto(f"{site}/fi/reports/regions/{Region.objects.get(name='Kainuu').pk}/funder/")
    assert_tables_keep_their_words(page)
    assert_no_axe_violations(page)
