"""1EdTech's published eddsa-rdfc-2022 test vector for Open Badges 3.0
(1EdTech/openbadges-specification, ob_v3p0/impl/linked-data-proof-ob.md and
ob_v3p0/impl/test-vectors/obv3p0/), reproduced exactly.

The repository publishes two layers of the vector:
- test-vectors/obv3p0/{document,proof}-canon.txt: the canonical N-Quads of the
  Teamwork credential under the VC 2.0 and OB 3.0 contexts. We reproduce
  both files byte for byte from the JSON with our offline pyld pipeline.
- linked-data-proof-ob.md: the key, the normalized document and proof (of the
  VC 1.1 edition of the same credential), their SHA-256 hashes, the signature
  and the proofValue. We reproduce the hashes, the signature and proofValue
  from those normalized forms with our signing code.
"""

import hashlib
from pathlib import Path

import base58
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from badges import jsonld, signing

VECTORS = Path(__file__).parent / "vectors"
PRIVATE_KEY = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"
PUBLIC_KEY = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"
PUBLIC_KEY_MULTIBASE = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
VERIFICATION_METHOD = f"https://example.edu/issuers/565049#{PUBLIC_KEY_MULTIBASE}"
DOCUMENT_HASH = "d994aebd5e53f4af4495dbe9e1155410bae683811107c26acf83671075c163b3"
PROOF_HASH = "3cf3c265b6c8ebb29b4d5ea310b87d2f31c79b633eff8af561d2e8c97a85c8cb"
SIGNATURE = (
    "17a898a91832fa58bd66433e18dc8256522bcf84382994c395c23c26cba71ff8"
    "060a2587390e5ed20c4decec45c0c0c9eec1f7d2d1ce91e1ffc992983a74a300"
)
PROOF_VALUE = "zUSD5bjo6mYV1n9i9E6ZwUiHuj4JyZDjCDfDqoJcPi9XJrc9LYstik9mdBvutdwBdquWXjWrwJDVGJrAarvRs8uD"

TEAMWORK_CREDENTIAL = {
    "@context": [jsonld.VC_V2, jsonld.OB_V3],
    "id": "http://example.com/credentials/3527",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {
        "id": "https://example.edu/issuers/565049",
        "type": ["Profile"],
        "url": "https://www.imsglobal.org",
        "name": "Example Corp",
    },
    "validFrom": "2010-01-01T00:00:00Z",
    "name": "Teamwork Badge",
    "credentialSubject": {
        "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://example.com/achievements/21st-century-skills/teamwork",
            "type": ["Achievement"],
            "criteria": {
                "narrative": "Team members are nominated for this badge by their peers and recognized upon review "
                "by Example Corp management."
            },
            "description": "This badge recognizes the development of the capacity to collaborate within a group "
            "environment.",
            "name": "Teamwork",
        },
    },
}
PROOF_OPTIONS = {
    "type": "DataIntegrityProof",
    "created": "2010-01-01T19:23:24Z",
    "verificationMethod": VERIFICATION_METHOD,
    "cryptosuite": "eddsa-rdfc-2022",
    "proofPurpose": "assertionMethod",
}


def vector_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(PRIVATE_KEY))


def test_vector_key_gives_the_published_public_key_and_multikey():
    public = vector_key().public_key()
    assert public.public_bytes_raw().hex() == PUBLIC_KEY
    assert signing.multibase_public_key(public) == PUBLIC_KEY_MULTIBASE


def test_credential_canonicalises_to_the_published_document_nquads():
    data = signing.hash_data(TEAMWORK_CREDENTIAL, PROOF_OPTIONS)
    assert data.document_canonical == (VECTORS / "obv3p0-document-canon.txt").read_text()


def test_proof_options_canonicalise_to_the_published_proof_nquads():
    data = signing.hash_data(TEAMWORK_CREDENTIAL, PROOF_OPTIONS)
    assert data.proof_canonical == (VECTORS / "obv3p0-proof-canon.txt").read_text()


def test_published_normalized_forms_give_the_published_hashes_signature_and_proof_value():
    document = (VECTORS / "legacy-document-normalized.nq").read_text()
    proof = (VECTORS / "legacy-proof-normalized.nq").read_text()
    data = signing.HashData(proof_canonical=proof, document_canonical=document)
    assert data.document_hash.hex() == DOCUMENT_HASH
    assert data.proof_hash.hex() == PROOF_HASH
    signature = vector_key().sign(data.to_sign)
    assert signature.hex() == SIGNATURE
    assert "z" + base58.b58encode(signature).decode() == PROOF_VALUE


def test_sign_then_verify_round_trip_on_the_vector_credential():
    signed = signing.sign(TEAMWORK_CREDENTIAL, vector_key(), VERIFICATION_METHOD, created=PROOF_OPTIONS["created"])
    assert signed["proof"] == {**PROOF_OPTIONS, "proofValue": signed["proof"]["proofValue"]}
    signing.verify(signed, vector_key().public_key())
    # Deterministic: Ed25519 over the same canonical data gives the same value.
    data = signing.hash_data(TEAMWORK_CREDENTIAL, PROOF_OPTIONS)
    expected = "z" + base58.b58encode(vector_key().sign(data.to_sign)).decode()
    assert signed["proof"]["proofValue"] == expected
    assert hashlib.sha256(data.document_canonical.encode()).digest() == data.document_hash
