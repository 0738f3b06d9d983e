"""An association contact imports members from a CSV file: a file with a bad
line is refused line by line, the fixed file is previewed, then confirmed.
Everyone on the list is invited, whether or not they have an account, and
the pages do not tell which addresses have one."""

from django.core import mail
from playwright.sync_api import expect

from associations.models import Invitation, MemberImport, Membership, Role
from tests.associations.factories import AssociationFactory, ContactMembershipFactory, MembershipFactory
from tests.e2e.axe import assert_no_axe_violations
from tests.factories import DEFAULT_PASSWORD, UserFactory

CONTACT = "tuonti.kontakti@example.org"

BAD_CSV = (
    "sähköposti;nimi;rooli\r\n"
    "olli.olemassa@example.org;Olli Olemassa;jäsen\r\n"
    "ei-osoite;Virheellinen Rivi;jäsen\r\n"
    "noor.uusi@example.org;نور\u200c الهدى;valmentaja\r\n"
).encode()
FIXED_CSV = BAD_CSV.replace(b"ei-osoite", b"korjattu@example.org")


def log_in(page, site, email):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("#user-menu-button")).to_be_visible()


def choose_file(page, data: bytes):
    page.get_by_label("Member list (CSV file)").set_input_files(
        {"name": "members.csv", "mimeType": "text/csv", "buffer": data}
    )
    page.get_by_role("button", name="Upload and preview").click()


def test_contact_fixes_a_bad_line_previews_and_confirms_the_import(page, site, settings):
    settings.MFA_EXEMPT_EMAILS = [CONTACT]  # this test is about importing, not MFA enrolment
    association = AssociationFactory(name="Tuontiseura", slug="e2e-tuontiseura")
    ContactMembershipFactory(association=association, user__email=CONTACT)
    olli = UserFactory(email="olli.olemassa@example.org")
    MembershipFactory(association=AssociationFactory(name="Toinen seura", slug="e2e-toinen"), user=olli)
    mail.outbox.clear()

    log_in(page, site, CONTACT)
    page.goto(f"{site}/en/associations/{association.slug}/members/import/")
    expect(page.locator("h1")).to_have_text("Import members to Tuontiseura")
    assert_no_axe_violations(page)

    choose_file(page, BAD_CSV)
    expect(page.locator("h1")).to_have_text("Check the member import")
    errors = page.get_by_role(
        "region", name="Lines with errors"
    ).first  # the section; its table scroller shares the name
    expect(errors.get_by_role("row", name="3 “ei-osoite” is not a valid e-mail address.")).to_be_visible()
    expect(page.get_by_role("button", name="Confirm import")).to_have_count(0)
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Upload the corrected file").click()
    choose_file(page, FIXED_CSV)
    expect(page.locator("h1")).to_have_text("Check the member import")
    rows = page.get_by_role("region", name="What would happen to each line").first  # the section, not its scroller
    expect(rows.get_by_role("row").filter(has_text="olli.olemassa@example.org")).to_contain_text(
        "Will be invited by e-mail"
    )
    expect(rows.get_by_role("row").filter(has_text="noor.uusi@example.org")).to_contain_text(
        "Will be invited by e-mail"
    )
    expect(rows).to_contain_text("نور\u200c الهدى")
    assert_no_axe_violations(page)
    assert not Membership.objects.filter(association=association, user=olli).exists()

    page.get_by_role("button", name="Confirm import").click()
    expect(page.locator("h1")).to_have_text("Member import done")
    expect(page.get_by_text("Import done: 3 invited by e-mail, 0 unchanged.", exact=False)).to_be_visible()
    assert_no_axe_violations(page)

    assert MemberImport.objects.get(association=association, status="applied").summary["invite"] == 3
    # Olli has an account but joins only by accepting; the other association is untouched.
    assert not Membership.objects.filter(association=association, user=olli).exists()
    assert Membership.objects.filter(user=olli, active=True).count() == 1
    invitation = Invitation.objects.get(association=association, email="noor.uusi@example.org")
    assert (invitation.name, invitation.role) == ("نور\u200c الهدى", Role.COACH)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "korjattu@example.org",
        "noor.uusi@example.org",
        "olli.olemassa@example.org",
    ]
