"""Open Badges 3.0 as strict verifiers read it: 1EdTech's JSON schema, the
key authorised under `assertionMethod` by its controller (the did:web DID
document, or the https Profile), rotation, the metadata the schema and
wallets look for, the media type, and the status list."""

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management import call_command

from badges import caching, credentials, did, services, signing
from badges.models import Award
from tests.badges.strict_verifier import (
    StrictVerificationError,
    authorised_methods,
    fetch_json,
    schema_errors,
    verify_strictly,
)

SCHEMA_URL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"


def get_credential(client, award, **headers) -> dict:
    response = client.get(f"/openbadges/credentials/{award.pk}", headers=headers)
    assert response.status_code == 200
    return json.loads(response.content)


def rotate():
    call_command("generate_badge_key", "--rotate", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_schema_file_is_1edtechs_achievement_credential_schema():
    from tests.badges.strict_verifier import SCHEMA_FILE

    schema = json.loads(SCHEMA_FILE.read_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2019-09/schema#"
    assert schema["title"] == "JSON Schema for the AchievementCredential class."
    assert "proof" in schema["properties"]


def test_a_single_proof_object_fails_the_official_schema(client, award):
    credential = get_credential(client, award)
    credential["proof"] = credential["proof"][0]
    assert any(error.startswith("proof:") for error in schema_errors(credential))


def test_credential_validates_against_the_official_schema(client, award):
    assert schema_errors(get_credential(client, award)) == []


def test_readiness_credential_validates_against_the_official_schema(client, association, approval):
    award, _ = services.award_readiness(association, approval)
    assert schema_errors(get_credential(client, award)) == []


def test_proof_is_an_array_of_one_eddsa_rdfc_2022_proof(client, award):
    proof = get_credential(client, award)["proof"]
    assert isinstance(proof, list) and len(proof) == 1
    assert proof[0]["cryptosuite"] == "eddsa-rdfc-2022"


def test_credential_verifies_through_the_did_document(client, award):
    credential = get_credential(client, award)
    assert credential["issuer"]["id"] == "did:web:testserver"
    verify_strictly(client, credential)


def test_credential_verifies_through_the_https_profile_when_did_web_is_off(client, award, settings):
    settings.BADGES_ISSUER_DID_WEB = False
    credential = get_credential(client, award)
    assert credential["issuer"]["id"] == "http://testserver/openbadges/profile"
    verify_strictly(client, credential)


def test_tampered_credential_fails_strict_verification(client, award):
    credential = get_credential(client, award)
    credential["credentialSubject"]["achievement"]["name"] = "Something else"
    with pytest.raises(signing.ProofError):
        verify_strictly(client, credential)


def test_proof_by_a_key_the_issuer_never_published_is_refused(client, award):
    credential = get_credential(client, award)
    unsigned = {k: v for k, v in credential.items() if k != "proof"}
    stranger = Ed25519PrivateKey.generate()
    forged = signing.sign(
        unsigned, stranger, did.method_id(signing.multibase_public_key(stranger.public_key())), proof_set=True
    )
    with pytest.raises(StrictVerificationError, match="not in its DID document"):
        verify_strictly(client, forged)


def test_did_document_is_at_the_well_known_url_of_did_web_host(client, signing_key, db):
    assert did.document_url("did:web:testserver") == "https://testserver/.well-known/did.json"
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    document = json.loads(response.content)
    assert document["id"] == "did:web:testserver"
    key_id = signing.multibase_public_key(signing_key.public_key())
    assert document["verificationMethod"] == [
        {
            "id": f"did:web:testserver#{key_id}",
            "type": "Multikey",
            "controller": "did:web:testserver",
            "publicKeyMultibase": key_id,
        }
    ]


def test_did_document_context_defines_assertion_method(client, signing_key, db):
    document = fetch_json(client, "did:web:testserver")
    key_id = signing.multibase_public_key(signing_key.public_key())
    assert authorised_methods(document) == [f"did:web:testserver#{key_id}"]


def test_profile_is_a_controller_document_authorising_its_keys(client, signing_key, db):
    profile = fetch_json(client, "http://testserver/openbadges/profile")
    key_id = signing.multibase_public_key(signing_key.public_key())
    assert authorised_methods(profile) == [f"http://testserver/openbadges/keys/{key_id}"]
    assert profile["verificationMethod"][0]["controller"] == profile["id"]


def test_under_the_old_profile_context_assertion_method_is_not_the_security_term(client, signing_key, db):
    # Why the Profile carries the DID and Multikey contexts: under VC 2.0 + OB 3.0
    # alone the term falls to VC 2.0's issuer-dependent @vocab, which no verifier reads.
    profile = fetch_json(client, "http://testserver/openbadges/profile")
    assert authorised_methods({**profile, "@context": credentials.CONTEXT}) == []


def test_rotation_keeps_every_key_authorised_in_both_controller_documents(client, signing_key, db):
    old_id = signing.multibase_public_key(signing_key.public_key())
    rotate()
    new_id = signing.multibase_public_key(signing.load_signing_key().public_key())
    did_methods = authorised_methods(fetch_json(client, "did:web:testserver"))
    profile_methods = authorised_methods(fetch_json(client, "http://testserver/openbadges/profile"))
    assert sorted(did_methods) == sorted([f"did:web:testserver#{old_id}", f"did:web:testserver#{new_id}"])
    assert sorted(profile_methods) == sorted(
        [f"http://testserver/openbadges/keys/{old_id}", f"http://testserver/openbadges/keys/{new_id}"]
    )


def test_credentials_held_from_before_the_rotation_and_the_switch_to_did_web_still_verify(client, award, settings):
    settings.BADGES_ISSUER_DID_WEB = False
    https_credential = get_credential(client, award)
    settings.BADGES_ISSUER_DID_WEB = True
    caching.forget_award(award.pk)  # the served copy is cached until revocation
    did_credential = get_credential(client, award)
    rotate()
    caching.forget_award(award.pk)
    verify_strictly(client, https_credential)
    verify_strictly(client, did_credential)
    new_credential = get_credential(client, award)
    assert new_credential["proof"][0]["verificationMethod"] != did_credential["proof"][0]["verificationMethod"]
    verify_strictly(client, new_credential)


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [
        ("https://badges.example.org", "did:web:badges.example.org"),
        ("https://badges.example.org:8443", "did:web:badges.example.org%3A8443"),
        ("http://127.0.0.1:8000/", "did:web:127.0.0.1%3A8000"),
    ],
)
def test_issuer_did_encodes_the_port(settings, site_url, expected):
    settings.SITE_URL = site_url
    assert did.issuer_did() == expected


@pytest.mark.parametrize(
    ("identifier", "url"),
    [
        ("did:web:example.org", "https://example.org/.well-known/did.json"),
        ("did:web:example.org%3A8443", "https://example.org:8443/.well-known/did.json"),
        ("did:web:example.org:user:alice", "https://example.org/user/alice/did.json"),
        ("did:web:example.org#z6Mk", "https://example.org/.well-known/did.json"),
    ],
)
def test_did_web_resolves_to_its_document_url(identifier, url):
    assert did.document_url(identifier) == url


@pytest.mark.parametrize("identifier", ["did:key:z6Mk", "did:web:", "did:web:exa/mple.org", "did:web:example.org::x"])
def test_malformed_did_web_is_refused(identifier):
    with pytest.raises(did.DidError):
        did.document_url(identifier)


@pytest.mark.parametrize(
    ("site_url", "configured", "enabled"),
    [
        ("https://kohtaamo.example", None, True),
        ("http://127.0.0.1:8000", None, False),
        ("https://kohtaamo.example/sub", True, False),
        ("https://kohtaamo.example", False, False),
    ],
)
def test_did_web_is_used_for_https_origins_unless_turned_off(settings, site_url, configured, enabled):
    settings.SITE_URL = site_url
    settings.BADGES_ISSUER_DID_WEB = configured
    assert did.did_web_enabled() is enabled


def test_credential_names_the_official_schema_and_the_awarded_date(client, award):
    credential = get_credential(client, award)
    assert credential["credentialSchema"] == [{"id": SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}]
    assert credential["awardedDate"] == credentials.utc(award.issued_on)
    assert credential["awardedDate"].endswith("Z")


def test_issuer_and_achievement_images_resolve_to_pngs(client, award):
    credential = get_credential(client, award)
    for image in (credential["issuer"]["image"], credential["credentialSubject"]["achievement"]["image"]):
        assert image["type"] == "Image"
        response = client.get(image["id"].removeprefix("http://testserver"))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert response.content.startswith(b"\x89PNG")


def test_credential_is_served_as_application_vc_by_default(client, award):
    response = client.get(f"/openbadges/credentials/{award.pk}")
    assert response["Content-Type"] == "application/vc"
    assert "Accept" in response["Vary"]


@pytest.mark.parametrize("media_type", ["application/vc+ld+json", "application/ld+json", "application/json"])
def test_older_credential_media_types_are_served_on_request(client, award, media_type):
    response = client.get(f"/openbadges/credentials/{award.pk}", headers={"Accept": media_type})
    assert response.status_code == 200
    assert response["Content-Type"] == media_type
    json.loads(response.content)


def test_unknown_accept_header_still_gets_the_credential(client, award):
    response = client.get(f"/openbadges/credentials/{award.pk}", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc"


def test_status_list_bits_of_a_revoked_and_a_valid_award(
    client, award, manual_badge, staff, django_capture_on_commit_callbacks
):
    from tests.factories import UserFactory

    other, _ = services.award_to_person(manual_badge, UserFactory(email="valid@example.org"), source="manual")
    revoked_entry = get_credential(client, award)["credentialStatus"]
    valid_entry = get_credential(client, other)["credentialStatus"]
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(award, staff, "Awarded by mistake")
    assert revoked_entry["statusListCredential"] == valid_entry["statusListCredential"]
    status_list = fetch_json(client, revoked_entry["statusListCredential"])
    encoded = status_list["credentialSubject"]["encodedList"]
    assert credentials.is_revoked_in(encoded, int(revoked_entry["statusListIndex"])) is True
    assert credentials.is_revoked_in(encoded, int(valid_entry["statusListIndex"])) is False
    assert Award.objects.get(pk=other.pk).revoked_at is None


def test_status_list_proof_is_an_array_that_verifies_through_the_did_document(client, award):
    status_list = fetch_json(client, "http://testserver/openbadges/status/revocation")
    assert isinstance(status_list["proof"], list)
    assert status_list["issuer"] == "did:web:testserver"
    verify_strictly(client, status_list, check_schema=False)


def test_every_seeded_credential_validates_and_verifies(client, demo_data):
    awards = list(Award.objects.all())
    assert awards
    for award in awards:
        credential = get_credential(client, award)
        assert schema_errors(credential) == [], award
        verify_strictly(client, credential)
