"""A newcomer signs up from their association's invite link, verifies their
e-mail from the message they receive, and joins."""

import re

from django.core import mail
from playwright.sync_api import expect

from associations.models import Association, Membership
from tests.e2e.axe import assert_no_axe_violations


def test_sign_up_from_invite_link_verify_email_and_join(page, site):
    association = Association.objects.get(slug="kajaanin-palloseura")
    mail.outbox.clear()
    page.goto(f"{site}/en/associations/join/{association.slug}/{association.invite_token}/")
    expect(page.locator("h1")).to_contain_text("Kajaanin Palloseura")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Create an account").last.click()
    assert_no_axe_violations(page)
    page.get_by_label("Email").fill("noor.uusi@example.org")
    page.locator("#id_password1").fill("tervetuloa-kaikki-2026")
    page.locator("#id_password2").fill("tervetuloa-kaikki-2026")
    page.locator("form.allauth-form").get_by_role("button", name="Sign Up").click()
    expect(page.locator("h1")).to_have_text("Verify Your Email Address")
    assert_no_axe_violations(page)

    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(link.replace("http://127.0.0.1:8000", site))
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_role("button", name="Join the association")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Join the association").click()
    expect(page.get_by_text("Welcome to Kajaanin Palloseura!")).to_be_visible()
    assert_no_axe_violations(page)
    assert Membership.objects.active().filter(user__email="noor.uusi@example.org", association=association).exists()
