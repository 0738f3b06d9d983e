"""Badges in the browser: a learner finishes a course, finds the badge in My
badges, downloads the baked PNG and opens the public verification page; a
staff member revokes an award and the page and the JSON show it revoked.
0 axe violations on every page."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations

DIGITAL_EN = "Digital tools for associations"


@pytest.fixture
def badge_site(site, settings, tmp_path, live_server):
    """The demo site, with badge ids on the live server's origin and a
    per-test signing key."""
    from django.core.management import call_command

    settings.SITE_URL = live_server.url
    settings.BADGES_SIGNING_KEY_FILE = str(tmp_path / "keys" / "signing-key.pem")
    settings.MFA_EXEMPT_EMAILS = ["admin@example.org"]
    call_command("generate_badge_key", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return site


def log_in(page, site, email):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill("kohtaamo-demo")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("form[action$='/logout/']")).to_have_count(1)


def finish_course(page):
    for _ in range(40):
        if page.locator("form[action$='/done/']").count():
            page.locator("form[action$='/done/'] button[type=submit]").click()
            expect(page.locator(".messages .alert")).to_be_visible()
        elif page.locator("a[rel=next]").count():
            page.locator("a[rel=next]").click()
        else:
            break
    expect(page.locator(".course-completed")).to_be_visible()


def test_learner_finishes_a_course_and_verifies_the_badge(page, badge_site, tmp_path):
    from badges import baking

    log_in(page, badge_site, "learner@example.org")
    page.goto(f"{badge_site}/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Courses", exact=True).click()
    page.get_by_role("link", name=DIGITAL_EN).click()
    page.get_by_role("button", name="Enrol").click()
    page.get_by_role("link", name="Start the course").click()
    finish_course(page)

    page.goto(f"{badge_site}/en/badges/")
    expect(page.locator("h1")).to_have_text("My badges")
    card = page.locator(".badge-card").filter(has_text=DIGITAL_EN)
    expect(card).to_have_count(1)
    assert_no_axe_violations(page)

    with page.expect_download() as download_info:
        card.get_by_role("link", name=re.compile(r"^Download image")).click()
    png = tmp_path / "badge.png"
    download_info.value.save_as(png)
    assertion = json.loads(baking.unbake_png(png.read_bytes(), "openbadges"))
    assert assertion["type"] == "Assertion"
    assert assertion["id"].startswith(f"{badge_site}/openbadges/assertions/")

    card.locator("summary", has_text="Share").click()  # the other formats are under Share
    with page.expect_download() as download_info:
        card.get_by_role("link", name=re.compile(r"^image with a signed credential")).click()
    png3 = tmp_path / "badge3.png"
    download_info.value.save_as(png3)
    credential = json.loads(baking.unbake_png(png3.read_bytes(), "openbadgecredential"))
    assert credential["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022"

    share = card.locator("input[id^='share-']").input_value()
    card.get_by_role("link", name=re.compile(r"^Verification page")).click()
    assert page.url == share
    expect(page.locator("#badge-status")).to_contain_text("Valid")
    assert_no_axe_violations(page)

    page.get_by_label("E-mail address").fill("learner@example.org")
    page.get_by_role("button", name="Check").click()
    expect(page.locator("#email-check-result")).to_contain_text("Match")
    assert_no_axe_violations(page)

    page.locator(".badge-facts a").first.click()
    expect(page.locator(".criteria-narrative")).to_be_visible()
    assert_no_axe_violations(page)


def test_staff_revokes_an_award_and_page_and_json_show_it(page, badge_site):
    from badges.models import Award

    award = Award.objects.filter(recipient_user__email="learner@example.org", revoked_at__isnull=True).first()
    log_in(page, badge_site, "admin@example.org")
    page.goto(f"{badge_site}/en/badges/verify/{award.pk}/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Revoke this badge").click()
    expect(page.locator("h1")).to_have_text("Revoke a badge")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Revoke the badge").click()
    expect(page.locator(".invalid-feedback, .errorlist").first).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Reason for revoking").fill("Completed by someone else")
    page.get_by_role("button", name="Revoke the badge").click()

    expect(page.locator("#badge-status")).to_contain_text("Revoked")
    expect(page.locator(".revocation-reason")).to_contain_text("Completed by someone else")
    assert_no_axe_violations(page)

    response = page.request.get(f"{badge_site}/openbadges/assertions/{award.pk}")
    assert response.status == 410
    assert response.headers["content-type"] == "application/ld+json"
    body = response.json()
    assert body["revoked"] is True and body["revocationReason"] == "Completed by someone else"


def test_my_badges_works_in_arabic_right_to_left(page, badge_site):
    log_in(page, badge_site, "learner@example.org")
    page.goto(f"{badge_site}/ar/badges/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator(".badge-card").first).to_be_visible()
    assert_no_axe_violations(page)
