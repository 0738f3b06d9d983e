"""Proof of possession: the `jwt` proof type (OID4VCI 1.0 appendix F.1).

Guarantees of `holder_did`: the JWT's header says typ
`openid4vci-proof+jwt`, alg EdDSA (Ed25519) or ES256 (P-256), and names the
holder's key by exactly one of `kid` (a did:key URL) or `jwk` (a public key);
the signature verifies with that key (a proof signed by another key fails);
`aud` is our credential issuer; `iat` is within PROOF_MAX_AGE (and not ahead
of our clock by more than CLOCK_SKEW); `nonce` is one we issued, used once.
The answer is the holder's did:key, the subject the credential is bound to."""

import time

import jwt
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from badges.oid4vci import did_key, errors, offers
from badges.oid4vci.metadata import PROOF_ALGORITHMS, PROOF_TYP, credential_issuer

PROOF_MAX_AGE = 300
CLOCK_SKEW = 60
MAX_PROOF_LENGTH = 8000


def _key_from_header(header: dict, alg: str):
    kid, jwk = header.get("kid"), header.get("jwk")
    if (kid is None) == (jwk is None):
        raise errors.invalid_proof("The proof must name its key by exactly one of kid (a did:key) or jwk.")
    if kid is not None:
        if not isinstance(kid, str):
            raise errors.invalid_proof("kid must be a did:key URL.")
        try:
            _did, key = did_key.key_for(kid)
        except did_key.DidKeyError as exc:
            raise errors.invalid_proof(f"kid: {exc}") from exc
        return key
    if not isinstance(jwk, dict) or "d" in jwk:
        raise errors.invalid_proof("jwk must be a public JSON Web Key.")
    try:
        return jwt.PyJWK(jwk, algorithm=alg).key
    except (jwt.PyJWTError, ValueError, TypeError, KeyError) as exc:
        raise errors.invalid_proof("jwk is not a usable Ed25519 or P-256 public key.") from exc


def _matches(alg: str, key) -> bool:
    if alg == "EdDSA":
        return isinstance(key, Ed25519PublicKey)
    return isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1)


def holder_did(proof_jwt) -> str:
    if not isinstance(proof_jwt, str) or not proof_jwt or len(proof_jwt) > MAX_PROOF_LENGTH:
        raise errors.invalid_proof("The proof must be a compact JWT.")
    try:
        header = jwt.get_unverified_header(proof_jwt)
    except jwt.PyJWTError as exc:
        raise errors.invalid_proof("The proof is not a well-formed JWT.") from exc
    if header.get("typ") != PROOF_TYP:
        raise errors.invalid_proof(f"The proof's typ must be {PROOF_TYP}.")
    alg = header.get("alg")
    if alg not in PROOF_ALGORITHMS:
        raise errors.invalid_proof("The proof's alg must be EdDSA or ES256.")
    key = _key_from_header(header, alg)
    if not _matches(alg, key):
        raise errors.invalid_proof("The proof's alg does not fit its key.")
    try:
        claims = jwt.decode(
            proof_jwt,
            key,
            algorithms=[alg],
            audience=credential_issuer(),
            options={"require": ["aud", "iat"], "verify_iat": False},
        )
    except jwt.InvalidAudienceError as exc:
        raise errors.invalid_proof("The proof's aud is not this credential issuer.") from exc
    except jwt.InvalidSignatureError as exc:
        raise errors.invalid_proof("The proof's signature does not verify with the key it names.") from exc
    except (jwt.PyJWTError, ValueError, TypeError) as exc:
        raise errors.invalid_proof(f"The proof could not be verified: {exc}") from exc
    iat = claims.get("iat")
    now = time.time()
    if not isinstance(iat, int | float) or iat > now + CLOCK_SKEW or iat < now - PROOF_MAX_AGE:
        raise errors.invalid_proof("The proof's iat is not recent.")
    offers.consume_nonce(claims.get("nonce"))
    return did_key.did_for(key)
