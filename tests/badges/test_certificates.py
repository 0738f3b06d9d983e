"""Printable certificates: a tagged PDF in the recipient's language with the
name, badge, criteria, date and issuer, and a QR code that opens the public
verification page; only the owner (or the association's contacts) get it."""

import io
import unicodedata

import pypdf
import pypdfium2
import pytest
import zxingcpp
from django.urls import reverse
from django.utils import formats, translation

from associations.models import Membership
from badges import services
from badges.certificates.pdf import render_certificate
from tests.factories import UserFactory


@pytest.fixture
def real_catalogues(monkeypatch):
    """The real translations (the autouse fixture answers with source text)."""
    from django.utils.translation.trans_real import DjangoTranslation

    monkeypatch.delattr(DjangoTranslation, "gettext")
    monkeypatch.delattr(DjangoTranslation, "ngettext")


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Arabic comes out as presentation forms; compare plain letters.
    return unicodedata.normalize("NFKC", text)


def catalog(pdf: bytes):
    return pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]


def qr_codes(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    image = document[0].render(scale=3).to_pil()
    return [result.text for result in zxingcpp.read_barcodes(image)]


def download(client, award):
    return client.get(reverse("badges:certificate", args=[award.pk]))


def with_language(person, language):
    person.preferred_language = language
    person.save(update_fields=["preferred_language"])
    return person


def test_certificate_has_name_badge_criteria_date_and_issuer(award, person):
    text = pdf_text(render_certificate(award))
    assert "Amal Hassan" in text
    assert "Family café host" in text
    assert "Hosted at least three family café evenings." in text
    assert services.issuer().name in text


def test_finnish_certificate_is_in_finnish_with_a_finnish_date(award, person, real_catalogues):
    with_language(person, "fi")
    pdf = render_certificate(award)
    text = pdf_text(pdf)
    assert "Myöntäjä" in text and "Kriteerit" in text  # "Issued by", "Criteria"
    with translation.override("fi"):
        assert formats.date_format(award.issued_on, "DATE_FORMAT") in text
    assert catalog(pdf)["/Lang"] == "fi"


def test_arabic_certificate_is_in_arabic_and_right_to_left(award, person, real_catalogues):
    with_language(person, "ar")
    pdf = render_certificate(award)
    text = pdf_text(pdf)
    issued_by = unicodedata.normalize("NFKC", "صادرة عن")
    assert issued_by in text or issued_by[::-1] in text
    assert "Amal Hassan" in text
    assert catalog(pdf)["/Lang"] == "ar"


def test_certificate_is_a_tagged_pdf_with_title_and_language(award):
    pdf = render_certificate(award)
    root = catalog(pdf)
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert root["/Lang"]
    assert pypdf.PdfReader(io.BytesIO(pdf)).metadata.title == "Certificate: Family café host"


def test_qr_code_opens_the_verification_page_in_the_certificate_language(award, person):
    with_language(person, "en")
    with translation.override("en"):
        expected = "http://testserver" + reverse("badges:verify", args=[award.pk])
    assert qr_codes(render_certificate(award)) == [expected]


def test_owner_downloads_the_certificate_as_a_pdf(client, award, person):
    client.force_login(person)
    response = download(client, award)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert f"certificate-{award.pk}.pdf" in response["Content-Disposition"]


def test_other_person_gets_404_for_a_certificate(client, award, db):
    client.force_login(UserFactory(email="other@example.org"))
    assert download(client, award).status_code == 404


def test_anonymous_visitor_is_sent_to_login_for_a_certificate(client, award):
    response = download(client, award)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_revoked_award_has_no_certificate(client, award, person, staff):
    services.revoke(award, staff, "Awarded by mistake")
    client.force_login(person)
    assert download(client, award).status_code == 404


def test_my_badges_offers_no_certificate_for_a_revoked_award(client, award, person, staff):
    services.revoke(award, staff, "Awarded by mistake")
    client.force_login(person)
    html = client.get(reverse("badges:mine")).content.decode()
    assert reverse("badges:certificate", args=[award.pk]) not in html


def test_revoked_awards_verification_page_says_revoked_on_its_date(client, award, staff):
    services.revoke(award, staff, "Awarded by mistake")
    award.refresh_from_db()
    html = client.get(reverse("badges:verify", args=[award.pk])).content.decode()
    assert "The badge was revoked on" in html
    assert formats.date_format(award.revoked_at, "DATE_FORMAT") in html


@pytest.fixture
def make_contact(db, settings):
    """A person with the given role in an association (contacts need MFA unless exempt)."""

    def make(email, association, role="contact"):
        user = UserFactory(email=email)
        Membership.objects.create(user=user, association=association, role=role)
        settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, email]
        return user

    return make


@pytest.fixture
def readiness_award(association, approval):
    award, _created = services.award_readiness(association, approval)
    return award


def test_association_contact_downloads_the_readiness_certificate(client, readiness_award, association, make_contact):
    contact = make_contact("contact@example.org", association, "contact")
    client.force_login(contact)
    response = download(client, readiness_award)
    assert response.status_code == 200
    assert "Testiseura" in pdf_text(response.content)


def test_association_contact_sees_the_readiness_badge_on_my_badges(client, readiness_award, association, make_contact):
    contact = make_contact("contact@example.org", association, "contact")
    client.force_login(contact)
    html = client.get(reverse("badges:mine")).content.decode()
    assert reverse("badges:certificate", args=[readiness_award.pk]) in html


def test_plain_member_of_the_association_gets_404_for_the_readiness_certificate(
    client, readiness_award, association, make_contact
):
    member = make_contact("member@example.org", association, "member")
    client.force_login(member)
    assert download(client, readiness_award).status_code == 404


def test_contact_of_another_association_gets_404_for_the_readiness_certificate(client, readiness_award, make_contact):
    from associations.models import Association

    other = Association.objects.create(
        slug="toinen",
        name="Toinen seura",
        association_type="sports_club",
        municipality=readiness_award.recipient_association.municipality,
    )
    contact = make_contact("contact2@example.org", other, "contact")
    client.force_login(contact)
    assert download(client, readiness_award).status_code == 404
