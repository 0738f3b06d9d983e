"""The axe check judges the page a person sees, not a half-loaded one.

A page reached by a redirect (a form post, a language switch) is checked as
soon as its DOM is there; on a busy machine its stylesheets may still be on
the way (the right-to-left Bootstrap is first fetched on the first Arabic
page). Unstyled links on the styled header's dark background then fail
`color-contrast` although no browser ever paints that state (stylesheets in
<head> block rendering). The test delays that stylesheet on purpose.
"""

import time

from django.contrib.staticfiles.handlers import StaticFilesHandler
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations


def test_axe_check_waits_for_a_slow_right_to_left_stylesheet(page, site, monkeypatch):
    serve = StaticFilesHandler.serve

    def slow_rtl_stylesheet(handler, request):
        if request.path.endswith("bootstrap.rtl.min.css"):
            time.sleep(3)
        return serve(handler, request)

    monkeypatch.setattr(StaticFilesHandler, "serve", slow_rtl_stylesheet)
    page.goto(f"{site}/ar/", wait_until="commit")
    expect(page.locator("h1")).to_have_count(1)
    assert_no_axe_violations(page)
