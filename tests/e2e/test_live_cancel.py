"""A trainer calls a live session off in the browser (0 axe violations on
the confirm page and on the cancelled session page); everyone registered or
waiting gets one e-mail."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.test_live_sessions import log_in

SLUG = "uudet-jasenet-kysy-kouluttajalta"  # 3 registered, 2 waiting in the demo


@pytest.fixture
def trainer_exempt(settings):
    settings.MFA_EXEMPT_EMAILS = ["trainer@example.org"]


def test_trainer_cancels_a_session_with_a_reason(page, site, trainer_exempt):
    from live.models import LiveSessionPage

    session = LiveSessionPage.objects.get(slug=SLUG, locale__language_code="fi")
    log_in(page, site, "trainer@example.org")
    page.goto(f"{site}/en/live/trainer/sessions/{session.pk}/")
    page.get_by_role("link", name="Cancel this session").click()
    expect(page.locator("#live-cancel-warning")).to_contain_text("5 people (3 registered, 2 waiting)")
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Cancel this session").click()  # no reason yet
    expect(page.locator(".invalid-feedback, .text-danger").first).to_be_visible()
    assert_no_axe_violations(page)

    mail.outbox.clear()
    page.get_by_label("Reason").fill("The trainer is ill; a new date follows.")
    page.get_by_role("button", name="Cancel this session").click()
    expect(page.locator("#live-cancelled")).to_contain_text("The trainer is ill")
    assert_no_axe_violations(page)
    assert len(mail.outbox) == 5
    assert len({m.to[0] for m in mail.outbox}) == 5
