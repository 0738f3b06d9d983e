"""Sharing a badge: LinkedIn's add-to-profile link, the backpack import path
(Open Badge Passport, Badgr) and the plain-words choices on My badges; the
verification page says what it checked."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from badges import services, sharing


@pytest.fixture(autouse=True)
def _source_language(settings):
    settings.LANGUAGE_CODE = "en"


def linkedin_params(award) -> dict:
    url = sharing.linkedin_add_url(award, "Kohtaamo")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://www.linkedin.com/profile/add"
    return {key: values[0] for key, values in parse_qs(parts.query).items()}


def test_linkedin_link_names_the_certification_issuer_and_issue_month(award):
    issued = timezone.localtime(award.issued_on)
    params = linkedin_params(award)
    assert params["startTask"] == "CERTIFICATION_NAME"
    assert params["name"] == "Family café host"
    assert params["organizationName"] == "Kohtaamo"
    assert params["issueYear"] == str(issued.year)
    assert params["issueMonth"] == str(issued.month)


def test_linkedin_link_points_at_the_verification_page_with_the_award_id(award):
    params = linkedin_params(award)
    assert params["certUrl"] == "http://testserver" + reverse("badges:verify", args=[award.pk])
    assert params["certId"] == str(award.pk)


def test_backpack_links_are_the_hosted_assertion_and_the_baked_png(award):
    links = sharing.backpack_links(award)
    assert links["assertion_url"] == f"http://testserver/openbadges/assertions/{award.pk}"
    assert links["baked_png_url"] == f"http://testserver/openbadges/assertions/{award.pk}/badge.png"


def my_badges(client, person) -> str:
    client.force_login(person)
    return client.get(reverse("badges:mine")).content.decode()


def test_my_badges_has_the_plain_word_buttons(client, award, person):
    html = my_badges(client, person)
    for label in ("Download image", "Certificate (PDF)", "Share"):
        assert label in html
    assert "Open Badges 2.0" not in html and "Open Badges 3.0" not in html


def test_my_badges_explains_each_choice(client, award, person):
    html = my_badges(client, person)
    assert "What you can do with a badge" in html
    assert "Upload it to a badge backpack such as Open Badge Passport or Badgr." in html
    assert "Its QR code opens the badge's verification page." in html


def test_my_badges_has_the_linkedin_link_without_script(client, award, person):
    html = my_badges(client, person)
    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in html
    assert 'src="https://' not in html  # no third-party script or image


def test_my_badges_gives_the_backpack_instructions_and_assertion_address(client, award, person):
    html = my_badges(client, person)
    assert "Send to Open Badge Passport or Badgr" in html
    assert "paste this address, or upload the downloaded badge image" in html
    assert f'value="http://testserver/openbadges/assertions/{award.pk}"' in html


def verify_page(client, award, **post) -> str:
    url = reverse("badges:verify", args=[award.pk])
    response = client.post(url, post) if post else client.get(url)
    return response.content.decode()


def test_verification_page_says_the_signature_and_key_were_checked(client, award):
    html = verify_page(client, award)
    assert "What was checked" in html
    assert "The issuer&#x27;s digital signature is valid" in html
    assert "a key the issuer has published for signing badges" in html
    assert "The badge has not been revoked." in html
    assert "The badge does not expire." in html


def test_verification_page_reports_a_signature_from_an_unknown_key(client, award, settings, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    verify_page(client, award)  # the credential is cached, signed by the current key
    path = tmp_path / "other" / "signing-key.pem"
    path.parent.mkdir()
    path.write_bytes(
        Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    settings.BADGES_SIGNING_KEY_FILE = str(path)  # the old key was never published
    assert "is not among the issuer&#x27;s published keys" in verify_page(client, award)


def test_verification_page_says_when_a_revoked_badge_was_revoked(client, award, staff):
    services.revoke(award, staff, "Awarded by mistake")
    html = verify_page(client, award)
    assert "The badge was revoked on" in html
    assert "The badge has not been revoked." not in html


def test_verification_page_lists_the_recipient_match_after_an_email_check(client, award):
    html = verify_page(client, award, email="amal.hassan@example.org")
    assert "The e-mail address you entered matches the recipient." in html


def test_verification_page_lists_a_recipient_mismatch(client, award):
    html = verify_page(client, award, email="someone@example.org")
    assert "The e-mail address you entered does not match the recipient." in html
