"""Credential offers, the pre-authorized code grant and the proof nonces.

Guarantees: an offer's pre-authorized code works once, within OFFER_LIFETIME,
with its transaction code, for an award that is not revoked; TX_CODE_ATTEMPTS
wrong transaction codes burn the offer; a replayed code also ends the access
token it was traded for. An access token fetches one credential within
TOKEN_LIFETIME. A nonce is accepted once, within NONCE_LIFETIME. Codes, tokens
and nonces are stored only as SHA-256 hashes."""

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import quote

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from badges.models import Award, WalletNonce, WalletOffer
from badges.oid4vci import errors
from badges.oid4vci.metadata import CONFIGURATION_ID, PRE_AUTHORIZED_GRANT, credential_issuer

OFFER_LIFETIME = timedelta(minutes=10)
TOKEN_LIFETIME = timedelta(minutes=5)
NONCE_LIFETIME = timedelta(minutes=5)
TX_CODE_LENGTH = 6
TX_CODE_ATTEMPTS = 5
OFFER_SCHEME = "openid-credential-offer://"
_NONCE_SALT = "badges.oid4vci.nonce"


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _tx_digest(code: str, tx_code: str) -> str:
    return digest(f"{code}:{tx_code}")


@dataclass(frozen=True)
class NewOffer:
    offer: WalletOffer
    document: dict
    tx_code: str

    @property
    def link(self) -> str:
        """The offer by value, as a link a wallet (or a QR code) opens."""
        compact = json.dumps(self.document, separators=(",", ":"))
        return f"{OFFER_SCHEME}?credential_offer={quote(compact, safe='')}"


def create_offer(award: Award) -> NewOffer:
    code = secrets.token_urlsafe(32)
    tx_code = "".join(secrets.choice("0123456789") for _ in range(TX_CODE_LENGTH))
    offer = WalletOffer.objects.create(
        award=award,
        code_hash=digest(code),
        tx_code_hash=_tx_digest(code, tx_code),
        expires_at=timezone.now() + OFFER_LIFETIME,
    )
    document = {
        "credential_issuer": credential_issuer(),
        "credential_configuration_ids": [CONFIGURATION_ID],
        "grants": {
            PRE_AUTHORIZED_GRANT: {
                "pre-authorized_code": code,
                "tx_code": {
                    "input_mode": "numeric",
                    "length": TX_CODE_LENGTH,
                    "description": _("Type the code shown on the Kohtaamo page."),
                },
            }
        },
    }
    return NewOffer(offer=offer, document=document, tx_code=tx_code)


def redeem_code(code: str, tx_code: str | None) -> tuple[str, int]:
    """Trade a pre-authorized code (and its transaction code) for an access
    token; returns the token and its lifetime in seconds."""
    if not code or len(code) > 200:
        raise errors.invalid_grant("Unknown pre-authorized code.")
    with transaction.atomic():
        # The error is raised after the transaction: its bookkeeping (a failed
        # attempt, a replay ending the token) must be committed, not rolled back.
        outcome = _redeem_locked(code, tx_code, timezone.now())
    if isinstance(outcome, errors.OID4VCIError):
        raise outcome
    return outcome, int(TOKEN_LIFETIME.total_seconds())


def _redeem_locked(code: str, tx_code: str | None, now):
    offer = WalletOffer.objects.select_for_update().select_related("award").filter(code_hash=digest(code)).first()
    if offer is None:
        return errors.invalid_grant("Unknown pre-authorized code.")
    if offer.code_used_at is not None:
        # A replay: whoever used the code first may not be the learner's wallet.
        WalletOffer.objects.filter(pk=offer.pk).update(token_expires_at=now)
        return errors.invalid_grant("The pre-authorized code has already been used.")
    if offer.expires_at <= now or offer.tx_code_failures >= TX_CODE_ATTEMPTS:
        return errors.invalid_grant("The offer has expired.")
    if offer.award.revoked:
        return errors.invalid_grant("The badge has been revoked.")
    if not tx_code:
        return errors.invalid_request("The transaction code (tx_code) is required.")
    if not secrets.compare_digest(_tx_digest(code, tx_code[:20]), offer.tx_code_hash):
        WalletOffer.objects.filter(pk=offer.pk).update(tx_code_failures=offer.tx_code_failures + 1)
        return errors.invalid_grant("Wrong transaction code.")
    token = secrets.token_urlsafe(32)
    offer.code_used_at = now
    offer.token_hash = digest(token)
    offer.token_expires_at = now + TOKEN_LIFETIME
    offer.save(update_fields=["code_used_at", "token_hash", "token_expires_at"])
    return token


def offer_for_token(token: str) -> WalletOffer:
    """The offer an unspent, unexpired access token belongs to."""
    offer = None
    if token and len(token) <= 200:
        offer = WalletOffer.objects.select_related("award__badge_class").filter(token_hash=digest(token)).first()
    if offer is None or offer.token_expires_at is None or offer.token_expires_at <= timezone.now():
        raise errors.invalid_token("The access token is unknown or has expired.")
    if offer.credential_issued_at is not None:
        raise errors.invalid_token("The access token has already been used.")
    return offer


def mark_issued(offer: WalletOffer, holder_did: str) -> None:
    """Spend the token; a concurrent second request loses (invalid_token)."""
    spent = WalletOffer.objects.filter(pk=offer.pk, credential_issued_at__isnull=True).update(
        credential_issued_at=timezone.now(), holder_did=holder_did
    )
    if spent != 1:
        raise errors.invalid_token("The access token has already been used.")


def new_nonce() -> str:
    return signing.dumps(secrets.token_urlsafe(16), salt=_NONCE_SALT)


def consume_nonce(nonce) -> None:
    """Accept a nonce we issued, not older than NONCE_LIFETIME, once."""
    if not isinstance(nonce, str) or not nonce or len(nonce) > 200:
        raise errors.invalid_nonce("The proof has no valid nonce; fetch one from the nonce endpoint.")
    try:
        signing.loads(nonce, salt=_NONCE_SALT, max_age=NONCE_LIFETIME)
    except signing.BadSignature as exc:  # SignatureExpired is a BadSignature
        raise errors.invalid_nonce("The nonce is unknown or has expired; fetch a new one.") from exc
    try:
        with transaction.atomic():
            WalletNonce.objects.create(nonce_hash=digest(nonce), expires_at=timezone.now() + NONCE_LIFETIME)
    except IntegrityError as exc:
        raise errors.invalid_nonce("The nonce has already been used; fetch a new one.") from exc


def purge_expired() -> tuple[int, int]:
    """Delete offers and used nonces that no step can use any more (the cleanup hook)."""
    now = timezone.now()
    offers, _detail = WalletOffer.objects.expired(now).delete()
    nonces, _detail = WalletNonce.objects.filter(expires_at__lt=now).delete()
    return offers, nonces
