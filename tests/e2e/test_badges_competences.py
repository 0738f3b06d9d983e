"""The competence page that badge alignments point at: reached from a course
badge's criteria page, one anchor per competence; 0 axe violations, also in
Arabic (right to left)."""

from urllib.parse import urlsplit

from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations


def test_course_badge_criteria_link_to_the_competence_page(page, site):
    from badges.models import BadgeClass, BadgeKind

    badge = BadgeClass.objects.filter(kind=BadgeKind.COURSE).first()
    page.goto(f"{site}/en/badges/criteria/{badge.pk}/")
    assert_no_axe_violations(page)
    link = page.locator("a[href*='/badges/competences/#']").first
    href = link.get_attribute("href")
    code = href.split("#", 1)[1]
    # The alignment link is absolute on SITE_URL (it is the credential's
    # targetUrl); follow its path on the test server.
    page.goto(site + urlsplit(href).path + "#" + code)
    expect(page.locator(f"li#{code}")).to_be_visible()
    assert_no_axe_violations(page)


def test_competence_page_in_arabic_at_phone_width(page, site):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{site}/ar/badges/competences/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("li.competence")).to_have_count(20)
    assert_no_axe_violations(page)
