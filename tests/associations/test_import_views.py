"""Member import pages: who may use them, the upload → preview → confirm flow,
and bad files answered with a clear message (never a 500)."""

import codecs
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from associations.models import CoordinatorAssignment, Invitation, MemberImport, Membership, Role
from tests.associations.factories import AssociationFactory, ContactMembershipFactory, MembershipFactory
from tests.factories import UserFactory

CONTACT = "kontakti@example.org"
OTHER_CONTACT = "toinen.kontakti@example.org"
STAFF = "yllapito@example.org"
LEARNER = "oppija@example.org"
COORDINATOR = "koordinaattori@example.org"


@pytest.fixture(autouse=True)
def _mfa_exempt(settings):
    """These tests are about importing, not about enrolling MFA."""
    settings.MFA_EXEMPT_EMAILS = [CONTACT, OTHER_CONTACT, STAFF, LEARNER, COORDINATOR]


@pytest.fixture
def association(site_pages):
    return AssociationFactory(name="Kajaanin Palloseura", slug="palloseura")


@pytest.fixture
def other_association(site_pages):
    return AssociationFactory(name="Sotkamon Hiihtäjät", slug="hiihtajat")


@pytest.fixture
def contact(association):
    return ContactMembershipFactory(association=association, user__email=CONTACT).user


@pytest.fixture
def other_contact(other_association):
    return ContactMembershipFactory(association=other_association, user__email=OTHER_CONTACT).user


@pytest.fixture
def contact_client(client, contact):
    client.force_login(contact)
    return client


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"associations:{name}", args=args)


def upload_url(association) -> str:
    return url("import_upload", association.slug)


def preview_url(member_import) -> str:
    return url("import_preview", member_import.association.slug, member_import.pk)


def confirm_url(member_import) -> str:
    return url("import_confirm", member_import.association.slug, member_import.pk)


def csv_file(*lines: str, encoding: str = "utf-8", prefix: bytes = b"", name: str = "members.csv"):
    data = prefix + ("\r\n".join(lines) + "\r\n").encode(encoding) if lines else prefix
    return SimpleUploadedFile(name, data, content_type="text/csv")


def upload(client, association, upload_file):
    return client.post(upload_url(association), {"file": upload_file})


def visit(client, which: str, member_import):
    """GET the upload or preview page, or POST the confirm button, of `member_import`."""
    if which == "upload":
        return client.get(upload_url(member_import.association))
    if which == "preview":
        return client.get(preview_url(member_import))
    return client.post(confirm_url(member_import))


@pytest.fixture
def member_import(association, contact_client):
    UserFactory(email="olli@example.org")
    response = upload(
        contact_client, association, csv_file("email;name", "olli@example.org;Olli", "uusi@example.org;Uusi")
    )
    assert response.status_code == 302
    return MemberImport.objects.get(association=association)


# Who may use the pages ---------------------------------------------------------------


def test_contact_sees_the_upload_form(contact_client, association):
    response = contact_client.get(upload_url(association))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert html.count("<h1") == 1


def test_staff_sees_the_upload_form(client, association):
    client.force_login(UserFactory(email=STAFF, is_staff=True))
    assert client.get(upload_url(association)).status_code == 200


@pytest.mark.parametrize("which", ["upload", "preview", "confirm"])
def test_anonymous_visitor_is_sent_to_the_login_page(client, member_import, which):
    client.logout()
    response = visit(client, which, member_import)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize("which", ["upload", "preview", "confirm"])
def test_member_of_the_association_gets_404(client, association, member_import, which):
    learner = MembershipFactory(association=association, user__email=LEARNER).user
    client.force_login(learner)
    response = visit(client, which, member_import)
    assert response.status_code == 404
    member_import.refresh_from_db()
    assert member_import.status == MemberImport.Status.PREVIEW


@pytest.mark.parametrize("which", ["upload", "preview", "confirm"])
def test_contact_of_another_association_gets_404(client, member_import, other_contact, which):
    client.force_login(other_contact)
    response = visit(client, which, member_import)
    assert response.status_code == 404
    member_import.refresh_from_db()
    assert member_import.status == MemberImport.Status.PREVIEW


def test_regional_coordinator_who_oversees_but_does_not_manage_gets_404(client, association):
    coordinator = UserFactory(email=COORDINATOR)
    CoordinatorAssignment.objects.create(user=coordinator, region=association.municipality.region)
    client.force_login(coordinator)
    assert client.get(upload_url(association)).status_code == 404


@pytest.mark.parametrize("which", ["preview", "confirm"])
def test_import_of_another_association_under_ones_own_address_gets_404(client, member_import, other_contact, which):
    client.force_login(other_contact)
    name = "import_preview" if which == "preview" else "import_confirm"
    foreign = url(name, "hiihtajat", member_import.pk)
    response = client.post(foreign) if which == "confirm" else client.get(foreign)
    assert response.status_code == 404
    member_import.refresh_from_db()
    assert member_import.status == MemberImport.Status.PREVIEW


def test_confirm_answers_405_to_get(contact_client, member_import):
    assert contact_client.get(confirm_url(member_import)).status_code == 405


# Upload and preview --------------------------------------------------------------------


def test_upload_stores_a_preview_and_writes_no_memberships_or_invitations(member_import, association):
    assert member_import.status == MemberImport.Status.PREVIEW
    assert member_import.filename == "members.csv"
    assert Membership.objects.filter(association=association).count() == 1  # the contact
    assert not Invitation.objects.exists()


def test_upload_redirects_to_the_preview(contact_client, association):
    response = upload(contact_client, association, csv_file("email", "uusi@example.org"))
    assert response["Location"] == preview_url(MemberImport.objects.get())


def test_preview_shows_planned_outcomes_and_the_confirm_button(contact_client, member_import):
    html = contact_client.get(preview_url(member_import)).content.decode()
    assert "Will be invited by e-mail" in html
    assert "Confirm import" in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize(
    ("upload_file", "message"),
    [
        (csv_file(), "The file has no member rows"),
        (csv_file("email;name;role"), "The file has no member rows"),
        (csv_file("name;role", "Anna;member"), "missing column: email"),
        (csv_file(prefix=b"email\r\nx@example.org;\x81\x8d\r\n"), "neither UTF-8 nor Windows-1252"),
        (csv_file(prefix=b"email\r\nx@exa\x00mple.org\r\n"), "NUL bytes"),
        (csv_file(prefix=b"PK\x03\x04rest"), "spreadsheet workbook"),
    ],
    ids=["empty", "header-only", "missing-column", "undecodable", "nul-bytes", "xlsx"],
)
def test_unreadable_file_gets_a_clear_message_and_no_import(contact_client, association, upload_file, message):
    response = upload(contact_client, association, upload_file)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not MemberImport.objects.exists()


def test_file_larger_than_1_mb_is_refused_before_reading(contact_client, association):
    big = csv_file("email;name", *[f"p{i}@example.org;" + "n" * 150 for i in range(7000)])
    response = upload(contact_client, association, big)
    assert "larger than 1 MB" in response.content.decode()
    assert not MemberImport.objects.exists()


def test_missing_file_asks_for_one(contact_client, association):
    response = contact_client.post(upload_url(association), {})
    assert "Choose a CSV file to upload." in response.content.decode()


def test_bom_and_semicolons_are_read(contact_client, association):
    upload(contact_client, association, csv_file("Sähköposti;Nimi", "a@example.org;Åke", prefix=codecs.BOM_UTF8))
    member_import = MemberImport.objects.get()
    assert member_import.errors == []
    assert member_import.rows[0]["name"] == "Åke"


def test_preview_says_a_windows_1252_file_was_read_as_excel(contact_client, association):
    upload(contact_client, association, csv_file("email;name", "a@example.org;Jääskeläinen", encoding="cp1252"))
    member_import = MemberImport.objects.get()
    html = contact_client.get(preview_url(member_import)).content.decode()
    assert "read as Windows-1252 (Excel)" in html
    assert "Jääskeläinen" in html


def test_preview_with_row_errors_lists_them_and_offers_no_confirm_button(contact_client, association):
    upload(contact_client, association, csv_file("email;role", "ok@example.org;member", "rikki;member", "b@ex.org;x"))
    html = contact_client.get(preview_url(MemberImport.objects.get())).content.decode()
    assert "“rikki” is not a valid e-mail address." in html
    assert "Unknown role “x”" in html
    assert "Fix these lines in your file and upload it again." in html
    assert "Confirm import" not in html


def test_field_of_200000_characters_is_a_row_error_not_a_500(contact_client, association):
    response = upload(contact_client, association, csv_file("email;name", "a@example.org;" + "x" * 200_000))
    assert response.status_code == 302
    html = contact_client.get(response["Location"]).content.decode()
    assert "longer than 131072 characters" in html


def test_email_twice_is_shown_as_a_skipped_duplicate(contact_client, association):
    upload(contact_client, association, csv_file("email", "a@example.org", "A@example.org"))
    html = contact_client.get(preview_url(MemberImport.objects.get())).content.decode()
    assert "Duplicate of line 2: skipped" in html


def test_formula_and_markup_in_names_are_shown_as_escaped_text(contact_client, association):
    upload(
        contact_client,
        association,
        csv_file(
            "email;name",
            'a@example.org;"=HYPERLINK(""http://evil.example"",""Click"")"',
            "b@example.org;<script>alert(1)</script>",
        ),
    )
    html = contact_client.get(preview_url(MemberImport.objects.get())).content.decode()
    assert "=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;)" in html
    assert "kept as plain text, not as a formula" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_preview_page_works_in_finnish_and_arabic(contact_client, member_import):
    for language in ("fi", "ar"):
        with translation.override(language):
            target = reverse("associations:import_preview", args=[member_import.association.slug, member_import.pk])
        response = contact_client.get(target)
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()


def test_upload_page_lists_earlier_imports(contact_client, member_import):
    html = contact_client.get(upload_url(member_import.association)).content.decode()
    assert preview_url(member_import) in html


# Confirm ---------------------------------------------------------------------------------


def test_confirm_applies_the_import_and_tells_the_counts(contact_client, member_import, association):
    response = contact_client.post(confirm_url(member_import), follow=True)
    html = response.content.decode()
    assert "Import done: 2 invited by e-mail, 0 unchanged." in html
    assert "Member import done" in html
    assert not Membership.objects.filter(association=association, user__email="olli@example.org").exists()
    assert set(Invitation.objects.filter(association=association).values_list("email", flat=True)) == {
        "olli@example.org",
        "uusi@example.org",
    }


def test_confirming_twice_applies_nothing_more_and_shows_the_same_result(contact_client, member_import):
    contact_client.post(confirm_url(member_import))
    memberships = Membership.objects.count()
    invitations = Invitation.objects.count()
    first = MemberImport.objects.get().summary

    response = contact_client.post(confirm_url(member_import), follow=True)

    assert "This list was already imported. Nothing more was changed." in response.content.decode()
    assert (Membership.objects.count(), Invitation.objects.count()) == (memberships, invitations)
    assert MemberImport.objects.get().summary == first


def test_confirm_of_an_import_with_errors_is_refused(contact_client, association):
    upload(contact_client, association, csv_file("email", "ok@example.org", "rikki"))
    member_import = MemberImport.objects.get()
    response = contact_client.post(confirm_url(member_import), follow=True)
    assert "This file has errors." in response.content.decode()
    assert not Invitation.objects.exists()
    member_import.refresh_from_db()
    assert member_import.status == MemberImport.Status.PREVIEW


def test_staff_can_confirm_a_contacts_import(client, member_import):
    client.force_login(UserFactory(email=STAFF, is_staff=True))
    client.post(confirm_url(member_import))
    member_import.refresh_from_db()
    assert member_import.status == MemberImport.Status.APPLIED


def test_person_already_in_another_association_stays_there(contact_client, association, other_association):
    person = MembershipFactory(association=other_association, user__email="kaksi@example.org", role=Role.COACH).user
    upload(contact_client, association, csv_file("email", "kaksi@example.org"))
    contact_client.post(confirm_url(MemberImport.objects.get()))
    assert set(Membership.objects.filter(user=person, active=True).values_list("association__slug", flat=True)) == {
        "hiihtajat",
    }
    assert Invitation.objects.pending().filter(association=association, email="kaksi@example.org").exists()


def test_emoji_and_arabic_names_with_zero_width_joiners_are_stored_exactly(contact_client, association):
    names = ["👩\u200d👩\u200d👧\u200d👦 Virtanen", "فاطمة\u200dالزهراء", "نور\u200c الهدى 🇫🇮"]
    lines = [f"p{i}@example.org;{name}" for i, name in enumerate(names)]
    upload(contact_client, association, csv_file("email;name", *lines))
    member_import = MemberImport.objects.get()
    assert [row["name"] for row in member_import.rows] == names
    html = contact_client.get(preview_url(member_import)).content.decode()
    assert all(name in html for name in names)

    contact_client.post(confirm_url(member_import))

    stored = dict(Invitation.objects.filter(association=association).values_list("email", "name"))
    assert stored == {f"p{i}@example.org": name for i, name in enumerate(names)}


def test_reimporting_the_same_file_after_confirming_changes_nothing(contact_client, member_import, association):
    contact_client.post(confirm_url(member_import))
    memberships, invitations = Membership.objects.count(), Invitation.objects.count()

    upload(contact_client, association, csv_file("email;name", "olli@example.org;Olli", "uusi@example.org;Uusi"))
    again = MemberImport.objects.exclude(pk=member_import.pk).get()
    html = contact_client.get(preview_url(again)).content.decode()
    assert outcome_cells(html) == {
        "olli@example.org": "Already invited: no change",
        "uusi@example.org": "Already invited: no change",
    }
    contact_client.post(confirm_url(again))

    assert (Membership.objects.count(), Invitation.objects.count()) == (memberships, invitations)


# An import only invites, and does not reveal accounts (issue 17, defect 2) ----------------


def outcome_cells(html: str) -> dict[str, str]:
    """E-mail → text of the outcome cell, from the preview's row table."""
    rows = re.findall(r"<tr>\s*<td>\d+</td>\s*<td><bdi>([^<]+)</bdi></td>.*?</td>.*?</td>\s*<td>(.*?)</td>", html, re.S)
    return {email: " ".join(cell.split()) for email, cell in rows}


def test_preview_looks_the_same_for_an_address_with_and_without_an_account(contact_client, member_import):
    html = contact_client.get(preview_url(member_import)).content.decode()
    cells = outcome_cells(html)
    assert cells == {"olli@example.org": "Will be invited by e-mail", "uusi@example.org": "Will be invited by e-mail"}
    assert "Existing account" not in html
    assert "No account yet" not in html


def test_result_looks_the_same_for_an_address_with_and_without_an_account(contact_client, member_import):
    html = contact_client.post(confirm_url(member_import), follow=True).content.decode()
    assert outcome_cells(html) == {"olli@example.org": "Invited by e-mail", "uusi@example.org": "Invited by e-mail"}


def test_preview_says_already_a_member_for_the_contacts_own_member(contact_client, association):
    MembershipFactory(association=association, user__email="jo@example.org")
    upload(contact_client, association, csv_file("email", "jo@example.org"))
    html = contact_client.get(preview_url(MemberImport.objects.get())).content.decode()
    assert outcome_cells(html) == {"jo@example.org": "Already a member: no change"}


def test_contact_cannot_import_a_member_of_another_association_as_their_contact(
    contact_client, association, other_association
):
    learner = MembershipFactory(association=other_association, user__email="learner2@example.org").user
    upload(contact_client, association, csv_file("email;name;role", "learner2@example.org;X;contact"))
    contact_client.post(confirm_url(MemberImport.objects.get()))
    assert not Membership.objects.filter(user=learner, association=association).exists()
    assert Invitation.objects.pending().get(association=association, email="learner2@example.org").role == Role.CONTACT
