"""OID4VCI pre-authorized code flow, end to end, with the test-side wallet."""

import pytest
from django.urls import reverse

from badges.models import WalletOffer
from badges.oid4vci import offers
from tests.badges.strict_verifier import verify_strictly
from tests.badges.wallet_client import PRE_AUTHORIZED, Wallet
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _full_flow(client, award, alg="EdDSA", use_jwk=False):
    wallet = Wallet(client, alg)
    offer, tx_code, metadata = wallet.start(award)
    token = wallet.access_token(offer, tx_code)
    proof = wallet.proof(aud=metadata["credential_issuer"], nonce=wallet.nonce(metadata), use_jwk=use_jwk)
    response = wallet.credential_response(metadata, token, proof)
    return wallet, response


def test_wallet_receives_a_credential_that_verifies_strictly(client, award, person):
    client.force_login(person)
    _wallet, response = _full_flow(client, award)
    assert response.status_code == 200, response.content
    credential = response.json()["credentials"][0]["credential"]
    verify_strictly(client, credential)


def test_credential_is_bound_to_the_holders_did_key(client, award, person):
    client.force_login(person)
    wallet, response = _full_flow(client, award)
    credential = response.json()["credentials"][0]["credential"]
    assert credential["credentialSubject"]["id"] == wallet.key.did
    assert credential["credentialSubject"]["achievement"]["name"] == award.badge_class.name


def test_es256_holder_key_given_as_jwk_gets_a_p256_did_key(client, award, person):
    client.force_login(person)
    wallet, response = _full_flow(client, award, alg="ES256", use_jwk=True)
    assert response.status_code == 200, response.content
    credential = response.json()["credentials"][0]["credential"]
    assert credential["credentialSubject"]["id"] == wallet.key.did
    assert wallet.key.did.startswith("did:key:zDn")
    verify_strictly(client, credential)


def test_ed25519_holder_key_given_as_jwk(client, award, person):
    client.force_login(person)
    wallet, response = _full_flow(client, award, use_jwk=True)
    assert response.json()["credentials"][0]["credential"]["credentialSubject"]["id"] == wallet.key.did


def test_issuer_metadata_describes_the_ldp_vc_configuration_in_four_languages(client):
    metadata = client.get("/.well-known/openid-credential-issuer").json()
    assert metadata["credential_issuer"] == "http://testserver"
    configuration = metadata["credential_configurations_supported"]["OpenBadgeCredential_ldp_vc"]
    assert configuration["format"] == "ldp_vc"
    assert configuration["proof_types_supported"]["jwt"]["proof_signing_alg_values_supported"] == ["EdDSA", "ES256"]
    assert "OpenBadgeCredential" in configuration["credential_definition"]["type"]
    locales = [entry["locale"] for entry in configuration["credential_metadata"]["display"]]
    assert locales == ["fi", "sv", "en", "ar"]


def test_authorization_server_metadata_offers_the_pre_authorized_grant(client):
    metadata = client.get("/.well-known/oauth-authorization-server").json()
    assert metadata["token_endpoint"] == "http://testserver/oid4vci/token"
    assert metadata["grant_types_supported"] == [PRE_AUTHORIZED]
    assert metadata["pre-authorized_grant_anonymous_access_supported"] is True


def test_offer_page_shows_qr_code_link_and_transaction_code(client, award, person):
    client.force_login(person)
    response = client.get(reverse("badges:add_to_wallet", args=[award.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in page and 'role="img"' in page
    assert 'href="openid-credential-offer://?credential_offer=' in page
    assert response["Cache-Control"] == "no-store"
    offer, tx_code, _metadata = Wallet(client).start(award)
    assert len(tx_code) == 6 and tx_code.isdigit()
    assert offer["grants"][PRE_AUTHORIZED]["tx_code"]["length"] == 6


def test_offer_stores_only_hashes_of_the_codes(client, award, person):
    client.force_login(person)
    offer, tx_code, _metadata = Wallet(client).start(award)
    code = offer["grants"][PRE_AUTHORIZED]["pre-authorized_code"]
    stored = WalletOffer.objects.get(award=award, code_hash=offers.digest(code))
    assert code not in {stored.code_hash, stored.tx_code_hash} and tx_code not in stored.tx_code_hash


def test_offer_page_of_another_persons_award_is_not_found(client, award):
    client.force_login(UserFactory())
    assert client.get(reverse("badges:add_to_wallet", args=[award.pk])).status_code == 404


def test_offer_page_of_a_revoked_award_is_not_found(client, award, person):
    award.revoked_at = award.issued_on
    award.save(update_fields=["revoked_at"])
    client.force_login(person)
    assert client.get(reverse("badges:add_to_wallet", args=[award.pk])).status_code == 404


def test_offer_page_asks_an_anonymous_visitor_to_log_in(client, award):
    response = client.get(reverse("badges:add_to_wallet", args=[award.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_my_badges_links_to_add_to_wallet(client, award, person):
    client.force_login(person)
    page = client.get(reverse("badges:mine")).content.decode()
    assert reverse("badges:add_to_wallet", args=[award.pk]) in page


def test_purge_removes_offers_past_their_end(client, award, person):
    client.force_login(person)
    Wallet(client).start(award)
    WalletOffer.objects.update(expires_at=award.issued_on)
    assert offers.purge_expired()[0] == 1
    assert not WalletOffer.objects.exists()


def test_purge_command_keeps_offers_still_in_use(client, award, person):
    from io import StringIO

    from django.core.management import call_command

    client.force_login(person)
    Wallet(client).start(award)
    call_command("purge_wallet_offers", stdout=StringIO())
    assert WalletOffer.objects.count() == 1
