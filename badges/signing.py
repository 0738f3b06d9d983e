"""Ed25519 keys and eddsa-rdfc-2022 Data Integrity proofs.

Keys never touch the database. The active private key comes from the file
named by `settings.BADGES_SIGNING_KEY_FILE` (or the environment variable of
the same name), or from the PEM text in the environment variable
`BADGES_SIGNING_KEY`. Public keys published so far live beside the key file in
`published/` and stay published after a rotation: old proofs point at them.
"""

import copy
import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings

from badges import jsonld

# Multicodec prefix of an Ed25519 public key (0xed 0x01).
_ED25519_PUB_PREFIX = b"\xed\x01"
DEFAULT_KEY_FILE = Path(settings.BASE_DIR) / "var" / "badge-keys" / "signing-key.pem"


class SigningKeyMissing(Exception):
    """No signing key is configured; OB 3.0 credentials cannot be issued."""


class ProofError(Exception):
    """A proof is missing, malformed or does not verify."""


def multibase_public_key(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "z" + base58.b58encode(_ED25519_PUB_PREFIX + raw).decode("ascii")


def public_key_from_multibase(value: str) -> Ed25519PublicKey:
    if not value.startswith("z"):
        raise ProofError("publicKeyMultibase must be base58btc ('z').")
    raw = base58.b58decode(value[1:])
    if raw[:2] != _ED25519_PUB_PREFIX or len(raw) != 34:
        raise ProofError("Not an Ed25519 Multikey.")
    return Ed25519PublicKey.from_public_bytes(raw[2:])


def key_file_path() -> Path:
    configured = getattr(settings, "BADGES_SIGNING_KEY_FILE", None) or os.environ.get("BADGES_SIGNING_KEY_FILE")
    return Path(configured) if configured else DEFAULT_KEY_FILE


def published_dir() -> Path:
    return key_file_path().parent / "published"


def load_signing_key() -> Ed25519PrivateKey:
    pem = os.environ.get("BADGES_SIGNING_KEY", "").strip()
    if not pem:
        path = key_file_path()
        if not path.is_file():
            raise SigningKeyMissing(f"No badge signing key at {path} (run manage.py generate_badge_key).")
        pem = path.read_text(encoding="ascii")
    key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyMissing("The badge signing key is not an Ed25519 key.")
    return key


def published_public_keys() -> dict[str, Ed25519PublicKey]:
    """Every public key ever used, by multibase id: the active one and the
    retired ones in `published/`."""
    keys: dict[str, Ed25519PublicKey] = {}
    folder = published_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.pub.pem")):
            key = serialization.load_pem_public_key(path.read_bytes())
            if isinstance(key, Ed25519PublicKey):
                keys[multibase_public_key(key)] = key
    try:
        active = load_signing_key().public_key()
    except SigningKeyMissing:
        return keys
    keys[multibase_public_key(active)] = active
    return keys


def write_public_key(public_key: Ed25519PublicKey, folder: Path | None = None) -> Path:
    folder = folder or published_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{multibase_public_key(public_key)}.pub.pem"
    path.write_bytes(
        public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return path


@dataclass(frozen=True)
class HashData:
    proof_canonical: str
    document_canonical: str

    @property
    def proof_hash(self) -> bytes:
        return hashlib.sha256(self.proof_canonical.encode("utf-8")).digest()

    @property
    def document_hash(self) -> bytes:
        return hashlib.sha256(self.document_canonical.encode("utf-8")).digest()

    @property
    def to_sign(self) -> bytes:
        # vc-di-eddsa: proofConfigHash ‖ transformedDocumentHash
        return self.proof_hash + self.document_hash


def hash_data(document: dict, proof_options: dict, extra_contexts: dict | None = None) -> HashData:
    """Canonical forms of the proof options (in the document's @context) and of
    the document without its proof."""
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    config = {k: v for k, v in proof_options.items() if k != "proofValue"}
    config["@context"] = document["@context"]
    return HashData(
        proof_canonical=jsonld.canonicalize(config, extra_contexts),
        document_canonical=jsonld.canonicalize(unsecured, extra_contexts),
    )


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def sign(
    document: dict,
    private_key: Ed25519PrivateKey,
    verification_method: str,
    *,
    created: str | None = None,
    extra_contexts: dict | None = None,
    proof_set: bool = False,
) -> dict:
    """A copy of `document` with a DataIntegrityProof (eddsa-rdfc-2022);
    with `proof_set`, `proof` is an array holding it (VC 2.0 proof set, the
    form 1EdTech's JSON schema requires)."""
    proof = {
        "type": "DataIntegrityProof",
        "created": created or _now(),
        "verificationMethod": verification_method,
        "cryptosuite": "eddsa-rdfc-2022",
        "proofPurpose": "assertionMethod",
    }
    data = hash_data(document, proof, extra_contexts)
    proof["proofValue"] = "z" + base58.b58encode(private_key.sign(data.to_sign)).decode("ascii")
    signed = copy.deepcopy(document)
    signed["proof"] = [proof] if proof_set else proof
    return signed


def verify(document: dict, public_key: Ed25519PublicKey, extra_contexts: dict | None = None) -> None:
    """Raise ProofError unless `document` carries a valid eddsa-rdfc-2022 proof
    by `public_key`: its one proof, or one proof of its proof set (array)."""
    proof = document.get("proof")
    proofs = proof if isinstance(proof, list) else [proof]
    proofs = [p for p in proofs if isinstance(p, dict)]
    if not proofs:
        raise ProofError("The document has no proof.")
    supported = [
        p for p in proofs if p.get("type") == "DataIntegrityProof" and p.get("cryptosuite") == "eddsa-rdfc-2022"
    ]
    if not supported:
        raise ProofError("Unsupported proof type.")
    error = None
    for candidate in supported:
        try:
            _verify_one(document, candidate, public_key, extra_contexts)
            return
        except ProofError as exc:
            error = exc
    raise error


def _verify_one(document: dict, proof: dict, public_key: Ed25519PublicKey, extra_contexts: dict | None) -> None:
    value = proof.get("proofValue", "")
    if not isinstance(value, str) or not value.startswith("z"):
        raise ProofError("proofValue must be base58btc multibase.")
    try:
        signature = base58.b58decode(value[1:])
        public_key.verify(signature, hash_data(document, proof, extra_contexts).to_sign)
    except (InvalidSignature, ValueError) as exc:
        raise ProofError("The proof does not verify.") from exc
