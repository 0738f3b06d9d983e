"""Every refusal of the wallet endpoints: a JSON error with the code the
specifications name, 4xx, never a 500 (and nothing issued)."""

import json
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from badges.models import WalletOffer
from badges.oid4vci import offers
from tests.badges.wallet_client import PRE_AUTHORIZED, HolderKey, Wallet, b64url, compact_jwt

pytestmark = pytest.mark.django_db
ISSUER = "http://testserver"


@pytest.fixture
def started(client, award, person):
    """A wallet that has scanned a fresh offer: (wallet, offer, tx_code, metadata)."""
    client.force_login(person)
    wallet = Wallet(client)
    return (wallet, *wallet.start(award))


@pytest.fixture
def with_token(started):
    """A wallet holding an access token: (wallet, token, metadata)."""
    wallet, offer, tx_code, metadata = started
    return wallet, wallet.access_token(offer, tx_code), metadata


def _code(offer):
    return offer["grants"][PRE_AUTHORIZED]["pre-authorized_code"]


def _error(response, status, error):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"] == error


def _valid_proof(wallet, metadata, **changes):
    return wallet.proof(aud=metadata["credential_issuer"], nonce=wallet.nonce(metadata), **changes)


# -- token endpoint -----------------------------------------------------------


def test_tampered_pre_authorized_code_is_an_invalid_grant(started):
    wallet, offer, tx_code, _metadata = started
    _error(wallet.token_response(ISSUER, _code(offer)[:-2] + "xx", tx_code), 400, "invalid_grant")


def test_replayed_pre_authorized_code_is_an_invalid_grant(started):
    wallet, offer, tx_code, _metadata = started
    wallet.access_token(offer, tx_code)
    _error(wallet.token_response(ISSUER, _code(offer), tx_code), 400, "invalid_grant")


def test_replayed_code_ends_the_token_it_was_first_traded_for(started):
    wallet, offer, tx_code, metadata = started
    token = wallet.access_token(offer, tx_code)
    wallet.token_response(ISSUER, _code(offer), tx_code)
    _error(wallet.credential_response(metadata, token, _valid_proof(wallet, metadata)), 401, "invalid_token")


def test_expired_offer_is_an_invalid_grant(started):
    wallet, offer, tx_code, _metadata = started
    WalletOffer.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    _error(wallet.token_response(ISSUER, _code(offer), tx_code), 400, "invalid_grant")


def test_wrong_transaction_code_is_an_invalid_grant(started):
    wallet, offer, tx_code, _metadata = started
    wrong = "000000" if tx_code != "000000" else "111111"
    _error(wallet.token_response(ISSUER, _code(offer), wrong), 400, "invalid_grant")


def test_missing_transaction_code_is_an_invalid_request(started):
    wallet, offer, _tx_code, _metadata = started
    _error(wallet.token_response(ISSUER, _code(offer), None), 400, "invalid_request")


def test_too_many_wrong_transaction_codes_burn_the_offer(started):
    wallet, offer, tx_code, _metadata = started
    wrong = "000000" if tx_code != "000000" else "111111"
    for _attempt in range(offers.TX_CODE_ATTEMPTS):
        wallet.token_response(ISSUER, _code(offer), wrong)
    _error(wallet.token_response(ISSUER, _code(offer), tx_code), 400, "invalid_grant")


def test_offer_of_an_award_revoked_since_is_an_invalid_grant(started, award):
    wallet, offer, tx_code, _metadata = started
    award.revoked_at = timezone.now()
    award.save(update_fields=["revoked_at"])
    _error(wallet.token_response(ISSUER, _code(offer), tx_code), 400, "invalid_grant")


def test_other_grant_type_is_unsupported(client):
    response = client.post(
        "/oid4vci/token", "grant_type=authorization_code&code=x", content_type="application/x-www-form-urlencoded"
    )
    _error(response, 400, "unsupported_grant_type")


def test_token_request_as_json_is_an_invalid_request(started, client):
    _wallet, offer, tx_code, _metadata = started
    body = json.dumps({"grant_type": PRE_AUTHORIZED, "pre-authorized_code": _code(offer), "tx_code": tx_code})
    _error(client.post("/oid4vci/token", body, content_type="application/json"), 400, "invalid_request")


def test_get_on_the_token_endpoint_is_refused(client):
    _error(client.get("/oid4vci/token"), 405, "invalid_request")


def test_huge_token_request_is_refused_before_reading(client):
    body = "grant_type=x&pad=" + "a" * 100_000
    _error(
        client.post("/oid4vci/token", body, content_type="application/x-www-form-urlencoded"), 413, "invalid_request"
    )


# -- credential endpoint: the access token --------------------------------------


def test_replayed_access_token_is_an_invalid_token(with_token):
    wallet, token, metadata = with_token
    assert wallet.credential_response(metadata, token, _valid_proof(wallet, metadata)).status_code == 200
    response = wallet.credential_response(metadata, token, _valid_proof(wallet, metadata))
    _error(response, 401, "invalid_token")
    assert response["WWW-Authenticate"] == 'Bearer error="invalid_token"'


def test_expired_access_token_is_an_invalid_token(with_token):
    wallet, token, metadata = with_token
    WalletOffer.objects.update(token_expires_at=timezone.now() - timedelta(seconds=1))
    _error(wallet.credential_response(metadata, token, _valid_proof(wallet, metadata)), 401, "invalid_token")


def test_unknown_access_token_is_an_invalid_token(with_token):
    wallet, _token, metadata = with_token
    _error(wallet.credential_response(metadata, "made-up", _valid_proof(wallet, metadata)), 401, "invalid_token")


def test_credential_request_without_a_bearer_token_is_an_invalid_token(client):
    _error(client.post("/oid4vci/credential", "{}", content_type="application/json"), 401, "invalid_token")


# -- credential endpoint: the request -------------------------------------------


def test_wrong_content_type_is_an_invalid_credential_request(with_token, client):
    _wallet, token, _metadata = with_token
    response = client.post(
        "/oid4vci/credential", "a=b", content_type="text/plain", headers={"Authorization": f"Bearer {token}"}
    )
    _error(response, 400, "invalid_credential_request")


def test_body_that_is_not_json_is_an_invalid_credential_request(with_token, client):
    _wallet, token, _metadata = with_token
    response = client.post(
        "/oid4vci/credential", "{nope", content_type="application/json", headers={"Authorization": f"Bearer {token}"}
    )
    _error(response, 400, "invalid_credential_request")


def test_huge_credential_request_is_refused(with_token, client):
    _wallet, token, _metadata = with_token
    body = json.dumps({"proofs": {"jwt": ["x" * 200_000]}})
    response = client.post(
        "/oid4vci/credential", body, content_type="application/json", headers={"Authorization": f"Bearer {token}"}
    )
    _error(response, 413, "invalid_request")


def test_unknown_credential_configuration_is_refused(with_token):
    wallet, token, metadata = with_token
    response = wallet.credential_response(
        metadata, token, _valid_proof(wallet, metadata), credential_configuration_id="DriverLicence"
    )
    _error(response, 400, "unknown_credential_configuration")


def test_credential_request_without_a_proof_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    response = wallet.credential_response(metadata, token, "unused", proofs={})
    _error(response, 400, "invalid_proof")


# -- credential endpoint: the proof JWT -------------------------------------------


def test_malformed_proof_jwt_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    _error(wallet.credential_response(metadata, token, "not.a.jwt"), 400, "invalid_proof")


def test_proof_jwt_that_is_not_a_string_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    _error(wallet.credential_response(metadata, token, {"jwt": 1}), 400, "invalid_proof")


def test_proof_signed_by_another_key_than_its_kid_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    proof = _valid_proof(wallet, metadata, signer=HolderKey())
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_proof")


def test_proof_signed_by_another_key_than_its_jwk_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    proof = _valid_proof(wallet, metadata, use_jwk=True, signer=HolderKey())
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_proof")


def test_proof_with_another_audience_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    proof = wallet.proof(aud="https://other.example", nonce=wallet.nonce(metadata))
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_proof")


def test_stale_proof_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    proof = _valid_proof(wallet, metadata, iat=int(time.time()) - 3600)
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_proof")


def test_proof_with_a_plain_jwt_typ_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    proof = _valid_proof(wallet, metadata, header={"typ": "JWT"})
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_proof")


def test_unsigned_proof_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    header = b64url(json.dumps({"typ": "openid4vci-proof+jwt", "alg": "none", "kid": wallet.key.kid}).encode())
    payload = b64url(json.dumps({"aud": ISSUER, "iat": int(time.time()), "nonce": wallet.nonce(metadata)}).encode())
    _error(wallet.credential_response(metadata, token, f"{header}.{payload}."), 400, "invalid_proof")


def test_proof_carrying_a_private_jwk_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    proof = _valid_proof(wallet, metadata, use_jwk=True, header={"jwk": {**wallet.key.jwk, "d": "secret"}})
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_proof")


def test_proof_naming_both_kid_and_jwk_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    proof = _valid_proof(wallet, metadata, header={"jwk": wallet.key.jwk})
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_proof")


def test_proof_without_a_nonce_is_an_invalid_nonce(with_token):
    wallet, token, metadata = with_token
    _error(wallet.credential_response(metadata, token, wallet.proof(aud=ISSUER, nonce=None)), 400, "invalid_nonce")


def test_proof_with_a_made_up_nonce_is_an_invalid_nonce(with_token):
    wallet, token, metadata = with_token
    proof = wallet.proof(aud=ISSUER, nonce="made-up")
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_nonce")


def test_nonce_used_twice_is_an_invalid_nonce(with_token, award):
    wallet, token, metadata = with_token
    nonce = wallet.nonce(metadata)
    assert wallet.credential_response(metadata, token, wallet.proof(aud=ISSUER, nonce=nonce)).status_code == 200
    offer, tx_code, _metadata = wallet.start(award)
    second_token = wallet.access_token(offer, tx_code)
    response = wallet.credential_response(metadata, second_token, wallet.proof(aud=ISSUER, nonce=nonce))
    _error(response, 400, "invalid_nonce")


def test_refused_proof_leaves_the_token_usable(with_token):
    wallet, token, metadata = with_token
    wallet.credential_response(metadata, token, "not.a.jwt")
    assert wallet.credential_response(metadata, token, _valid_proof(wallet, metadata)).status_code == 200


def test_es256_proof_signed_by_another_p256_key_is_an_invalid_proof(with_token):
    wallet, token, metadata = with_token
    holder, other = HolderKey("ES256"), HolderKey("ES256")
    header = {"typ": "openid4vci-proof+jwt", "alg": "ES256", "kid": holder.kid}
    proof = compact_jwt(header, {"aud": ISSUER, "iat": int(time.time()), "nonce": wallet.nonce(metadata)}, other)
    _error(wallet.credential_response(metadata, token, proof), 400, "invalid_proof")


def test_award_revoked_after_the_token_gets_no_credential(with_token, award):
    wallet, token, metadata = with_token
    award.revoked_at = timezone.now()
    award.save(update_fields=["revoked_at"])
    response = wallet.credential_response(metadata, token, _valid_proof(wallet, metadata))
    _error(response, 400, "invalid_credential_request")


def test_missing_signing_key_is_a_json_503_not_a_500(with_token, settings, tmp_path):
    wallet, token, metadata = with_token
    proof = _valid_proof(wallet, metadata)
    settings.BADGES_SIGNING_KEY_FILE = str(tmp_path / "nowhere.pem")
    _error(wallet.credential_response(metadata, token, proof), 503, "server_error")


def test_get_on_the_nonce_endpoint_is_refused(client):
    _error(client.get("/oid4vci/nonce"), 405, "invalid_request")
