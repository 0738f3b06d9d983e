"""A learner whose badge has an SVG image downloads the baked SVG from My
badges (0 axe violations on the page)."""

import json
import re

from django.core.files.base import ContentFile
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.test_badges_flow import badge_site, log_in  # noqa: F401  (fixture)

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#1f6f8b"/></svg>'


def test_learner_downloads_the_baked_svg_from_my_badges(page, badge_site, tmp_path):  # noqa: F811
    from badges import baking
    from badges.models import Award

    award = (
        Award.objects.select_related("badge_class")
        .filter(recipient_user__email="learner@example.org", revoked_at__isnull=True)
        .first()
    )
    assert award is not None, "the demo learner holds a badge"
    award.badge_class.image.save("demo-badge.svg", ContentFile(SVG), save=True)

    log_in(page, badge_site, "learner@example.org")
    page.goto(f"{badge_site}/en/badges/")
    card = page.locator(f"#award-{award.pk}")
    card.locator("summary", has_text="Share").click()  # the SVG is among the other formats under Share
    link = card.get_by_role("link", name=re.compile(r"^SVG image"))
    expect(link).to_have_count(1)
    assert_no_axe_violations(page)

    with page.expect_download() as download_info:
        link.click()
    svg = tmp_path / "badge.svg"
    download_info.value.save_as(svg)
    verify, payload = baking.unbake_svg(svg.read_bytes())
    assert verify == f"{badge_site}/openbadges/assertions/{award.pk}"
    assert json.loads(payload)["id"] == verify
