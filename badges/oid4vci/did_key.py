"""did:key for the two holder key types we accept (Ed25519 and P-256).

`did:key:z<base58btc(multicodec prefix ‖ public key)>`; P-256 keys are in
compressed SEC1 form (did:key method, W3C CCG)."""

import base58
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

ED25519_PREFIX = b"\xed\x01"
P256_PREFIX = b"\x80\x24"

HolderKey = Ed25519PublicKey | ec.EllipticCurvePublicKey


class DidKeyError(ValueError):
    """Not a did:key of a supported key type."""


def did_for(public_key: HolderKey) -> str:
    if isinstance(public_key, Ed25519PublicKey):
        raw = ED25519_PREFIX + public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    elif isinstance(public_key, ec.EllipticCurvePublicKey) and isinstance(public_key.curve, ec.SECP256R1):
        raw = P256_PREFIX + public_key.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint
        )
    else:
        raise DidKeyError("Only Ed25519 and P-256 keys are supported.")
    return "did:key:z" + base58.b58encode(raw).decode("ascii")


def key_for(did_url: str) -> tuple[str, HolderKey]:
    """The DID (without fragment) and the public key a did:key URL names."""
    did, _sep, fragment = did_url.partition("#")
    if not did.startswith("did:key:z") or len(did) > 200:
        raise DidKeyError("Not a did:key.")
    multibase = did[len("did:key:") :]
    if fragment and fragment != multibase:
        raise DidKeyError("The key's fragment is not its own multibase value.")
    try:
        raw = base58.b58decode(multibase[1:])
    except ValueError as exc:
        raise DidKeyError("The did:key is not base58btc.") from exc
    try:
        if raw[:2] == ED25519_PREFIX and len(raw) == 34:
            return did, Ed25519PublicKey.from_public_bytes(raw[2:])
        if raw[:2] == P256_PREFIX and len(raw) == 35:
            return did, ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), raw[2:])
    except ValueError as exc:
        raise DidKeyError("The did:key holds no valid public key.") from exc
    raise DidKeyError("Only Ed25519 and P-256 did:keys are supported.")
