"""Sharing and printing in the browser: My badges (plain-word buttons, the
Share disclosure with LinkedIn and backpack instructions, the certificate
download) and the verification page with what was checked; 0 axe violations
in Finnish, English and Arabic at a 360 px phone width."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.test_badges_flow import badge_site, log_in  # noqa: F401 (fixture)

PHONE = {"width": 360, "height": 740}


def learner_award():
    from badges.models import Award

    award = Award.objects.filter(recipient_user__email="learner@example.org", revoked_at__isnull=True).first()
    assert award is not None, "the demo learner holds a badge"
    return award


@pytest.mark.parametrize("language", ["fi", "en", "ar"])
def test_my_badges_with_share_open_at_phone_width(page, badge_site, language):  # noqa: F811
    award = learner_award()
    page.set_viewport_size(PHONE)
    log_in(page, badge_site, "learner@example.org")
    page.goto(f"{badge_site}/{language}/badges/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    card = page.locator(f"#award-{award.pk}")
    card.locator("summary").click()
    expect(card.locator("a.linkedin-add")).to_be_visible()
    expect(card.locator(f"#backpack-{award.pk}")).to_be_visible()
    assert_no_axe_violations(page)


def test_learner_downloads_the_certificate_pdf(page, badge_site, tmp_path):  # noqa: F811
    award = learner_award()
    log_in(page, badge_site, "learner@example.org")
    page.goto(f"{badge_site}/en/badges/")
    card = page.locator(f"#award-{award.pk}")
    with page.expect_download() as download_info:
        card.get_by_role("link", name=re.compile(r"^Certificate \(PDF\)")).click()
    pdf = tmp_path / "certificate.pdf"
    download_info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("language", ["fi", "en", "ar"])
def test_verification_page_shows_what_was_checked_at_phone_width(page, badge_site, language):  # noqa: F811
    award = learner_award()
    page.set_viewport_size(PHONE)
    page.goto(f"{badge_site}/{language}/badges/verify/{award.pk}/")
    expect(page.locator("#verification-checks li.check-passed")).to_have_count(4)
    assert_no_axe_violations(page)
