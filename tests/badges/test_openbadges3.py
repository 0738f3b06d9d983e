"""Open Badges 3.0: signed OpenBadgeCredential, published keys, baking,
status list; verified by our code and by openbadgeslib (offline)."""

import copy
import json

import pytest
from cryptography.hazmat.primitives import serialization
from django.core.management import call_command
from openbadgeslib.ob3.credential import IdentityObject
from openbadgeslib.ob3.ldp import OB3LdpVerifier, verify_data_integrity_proof
from openbadgeslib.ob3.verifier import OB3VerificationError

from badges import baking, credentials, services, signing
from tests.badges.strict_verifier import dereference_method

VC = "application/vc"


def fetch(client, url: str) -> bytes:
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, (url, response.status_code)
    return response.content


def get_credential(client, award) -> dict:
    response = client.get(f"/openbadges/credentials/{award.pk}")
    assert response.status_code == 200
    assert response["Content-Type"] == VC
    return json.loads(response.content)


def pem(public_key) -> bytes:
    return public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def test_credential_is_an_open_badge_credential_with_an_eddsa_rdfc_2022_proof(client, award):
    credential = get_credential(client, award)
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ]
    assert credential["id"] == f"http://testserver/openbadges/credentials/{award.pk}"
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["proof"][0]["type"] == "DataIntegrityProof"
    assert credential["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022"
    assert credential["proof"][0]["proofPurpose"] == "assertionMethod"
    identifier = credential["credentialSubject"]["identifier"][0]
    assert identifier["identityHash"] == award.recipient_hash
    assert identifier["salt"] == award.salt and identifier["hashed"] is True


def test_our_verifier_accepts_the_credential(client, award, signing_key):
    signing.verify(get_credential(client, award), signing_key.public_key())


def test_tampered_credential_fails_verification(client, award, signing_key):
    credential = get_credential(client, award)
    tampered = copy.deepcopy(credential)
    tampered["credentialSubject"]["achievement"]["name"] = "Something else"
    with pytest.raises(signing.ProofError):
        signing.verify(tampered, signing_key.public_key())
    with pytest.raises(OB3VerificationError):
        verify_data_integrity_proof(tampered, pem(signing_key.public_key()))


def test_openbadgeslib_verifies_the_proof_offline(client, award, signing_key):
    verify_data_integrity_proof(get_credential(client, award), pem(signing_key.public_key()))


def test_openbadgeslib_verifies_the_credential_and_its_status(client, award, signing_key):
    verifier = OB3LdpVerifier(pubkey_pem=pem(signing_key.public_key()))
    credential = verifier.verify(
        get_credential(client, award),
        check_status=True,
        download=lambda url: fetch(client, url),
        # openbadgeslib 4.6.3 checks a status list's own signature only for
        # JWT-VC lists; ours carries a Data Integrity proof, checked in
        # test_status_list_is_signed.
        verify_status_list=False,
    )
    assert credential.achievement.name == "Family café host"


def test_openbadgeslib_hashes_the_recipient_email_to_our_identity_hash(client, award):
    # openbadgeslib's expected_recipient binds credentialSubject.id only, which
    # we leave out (it would publish the address); its own hashing of the
    # e-mail with our salt must give the published identityHash.
    identifier = get_credential(client, award)["credentialSubject"]["identifier"][0]
    right = IdentityObject.create("amal.hassan@example.org", salt=identifier["salt"])
    wrong = IdentityObject.create("someone.else@example.org", salt=identifier["salt"])
    assert right.identity_hash == identifier["identityHash"]
    assert wrong.identity_hash != identifier["identityHash"]


def test_openbadgeslib_sees_a_revoked_credential_in_the_status_list(
    client, award, staff, signing_key, django_capture_on_commit_callbacks
):
    credential = get_credential(client, award)
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(award, staff, "Awarded by mistake")
    verifier = OB3LdpVerifier(pubkey_pem=pem(signing_key.public_key()))
    with pytest.raises(OB3VerificationError, match="status 'revocation' is set"):
        verifier.verify(
            credential, check_status=True, download=lambda url: fetch(client, url), verify_status_list=False
        )


def test_status_list_has_the_revoked_bit_set(client, award, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(award, staff, "Duplicate")
    response = client.get("/openbadges/status/revocation")
    assert response["Content-Type"] == VC
    status_list = json.loads(response.content)
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    encoded = status_list["credentialSubject"]["encodedList"]
    assert credentials.is_revoked_in(encoded, award.status_index)
    assert not credentials.is_revoked_in(encoded, (award.status_index + 1) % 131072)
    assert len(credentials.decode_bitstring(encoded)) == 131072 // 8


def test_status_list_is_signed(client, award, signing_key):
    status_list = json.loads(client.get("/openbadges/status/revocation").content)
    signing.verify(status_list, signing_key.public_key())


def test_public_key_is_published_at_the_verification_method_url(client, award, signing_key, settings):
    settings.BADGES_ISSUER_DID_WEB = False
    method = get_credential(client, award)["proof"][0]["verificationMethod"]
    key = json.loads(fetch(client, method))
    assert key["id"] == method
    assert key["type"] == "Multikey"
    assert key["publicKeyMultibase"] == signing.multibase_public_key(signing_key.public_key())
    assert key["controller"] == "http://testserver/openbadges/profile"


def test_public_key_resolves_through_the_did_document(client, award, signing_key):
    method = get_credential(client, award)["proof"][0]["verificationMethod"]
    assert method == "did:web:testserver#" + signing.multibase_public_key(signing_key.public_key())
    key = dereference_method(client, method)
    assert key["type"] == "Multikey" and key["controller"] == "did:web:testserver"
    assert key["publicKeyMultibase"] == signing.multibase_public_key(signing_key.public_key())


def test_profile_lists_the_keys(client, signing_key, db):
    profile = json.loads(client.get("/openbadges/profile").content)
    assert profile["type"] == ["Profile"]
    ids = [method["publicKeyMultibase"] for method in profile["verificationMethod"]]
    assert signing.multibase_public_key(signing_key.public_key()) in ids


def test_rotated_key_stays_published_and_old_proofs_still_verify(client, award, signing_key, db):
    old_credential = get_credential(client, award)
    old_method = old_credential["proof"][0]["verificationMethod"]
    call_command("generate_badge_key", "--rotate", stdout=open("/dev/null", "w"))  # noqa: SIM115
    new_key = signing.load_signing_key()
    assert signing.multibase_public_key(new_key.public_key()) != signing.multibase_public_key(signing_key.public_key())
    old_key_document = dereference_method(client, old_method)
    signing.verify(old_credential, signing.public_key_from_multibase(old_key_document["publicKeyMultibase"]))


def test_unknown_key_is_404(client, db):
    assert client.get("/openbadges/keys/z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi").status_code == 404


def test_baked_ob3_png_holds_the_signed_credential(client, award, signing_key):
    response = client.get(f"/openbadges/credentials/{award.pk}/badge.png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    baked = json.loads(baking.unbake_png(response.content, "openbadgecredential"))
    signing.verify(baked, signing_key.public_key())
    assert baked["id"] == f"http://testserver/openbadges/credentials/{award.pk}"


def test_credential_without_a_configured_key_answers_503(client, award, settings, tmp_path):
    settings.BADGES_SIGNING_KEY_FILE = str(tmp_path / "missing.pem")
    assert client.get(f"/openbadges/credentials/{award.pk}").status_code == 503


def test_signing_key_may_come_from_the_environment(monkeypatch, settings, tmp_path, signing_key, db):
    text = signing_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    settings.BADGES_SIGNING_KEY_FILE = str(tmp_path / "missing.pem")
    monkeypatch.setenv("BADGES_SIGNING_KEY", text)
    assert signing.multibase_public_key(signing.load_signing_key().public_key()) == signing.multibase_public_key(
        signing_key.public_key()
    )


def test_generate_badge_key_is_idempotent_and_writes_a_private_file(settings, tmp_path, db):
    settings.BADGES_SIGNING_KEY_FILE = str(tmp_path / "new" / "signing-key.pem")
    call_command("generate_badge_key", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = (tmp_path / "new" / "signing-key.pem").read_bytes()
    call_command("generate_badge_key", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (tmp_path / "new" / "signing-key.pem").read_bytes() == first
    assert (tmp_path / "new" / "signing-key.pem").stat().st_mode & 0o077 == 0
    assert len(list((tmp_path / "new" / "published").glob("*.pub.pem"))) == 1


def test_readiness_credential_has_valid_until(client, association, approval):
    award, _ = services.award_readiness(association, approval)
    credential = get_credential(client, award)
    assert credential["validUntil"].startswith(approval.valid_until.isoformat())
    assert credential["credentialSubject"]["identifier"][0]["identityType"] == "identifier"
