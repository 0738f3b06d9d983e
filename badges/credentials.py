"""Open Badges 3.0: each award as an OpenBadgeCredential with an
eddsa-rdfc-2022 DataIntegrityProof; revocation through a BitstringStatusList.

Guarantees: every credential validates against 1EdTech's JSON schema for
AchievementCredential (named in `credentialSchema`; `proof` is an array);
the proof's verification method is listed under `assertionMethod` of its
controller document (the DID document for did:web issuers, the https Profile
otherwise), whose @context defines both terms."""

import base64
import gzip
from datetime import UTC

from badges import did, signing
from badges.alignment import alignment_for
from badges.documents import badge_image_url, criteria_url, end_of_day, verify_page_url
from badges.identity import absolute
from badges.jsonld import DID_V1, MULTIKEY_V1, OB_V3, OB_V3_EXTENSIONS, VC_V2
from badges.models import Award, BadgeClass, Issuer
from badges.models.awards import STATUS_LIST_SIZE

CONTEXT = [VC_V2, OB_V3]
# Credentials also carry the 1EdTech extensions context: it defines
# 1EdTechJsonSchemaValidator2019, the type of credentialSchema.
CREDENTIAL_CONTEXT = [VC_V2, OB_V3, OB_V3_EXTENSIONS]
# The https Profile is also the controller document of the https keys: the
# DID and Multikey contexts define verificationMethod and assertionMethod.
PROFILE_CONTEXT = [VC_V2, OB_V3, DID_V1, MULTIKEY_V1]
SCHEMA_URL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
CREDENTIAL_SCHEMA = [{"id": SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}]


def utc(moment) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def profile_url() -> str:
    return absolute("openbadges:profile")


def credential_url(award: Award) -> str:
    return absolute("openbadges:credential", award.pk)


def achievement_url(badge_class: BadgeClass) -> str:
    return absolute("openbadges:achievement", badge_class.pk)


def status_list_url() -> str:
    return absolute("openbadges:status_list")


def key_url(key_id: str) -> str:
    return absolute("openbadges:key", key_id)


def profile_image_url() -> str:
    return absolute("openbadges:profile_image")


def issuer_id() -> str:
    """The issuer's id in new credentials: its did:web, or the https Profile URL."""
    return did.issuer_did() if did.did_web_enabled() else profile_url()


def verification_method_id(key_id: str) -> str:
    return did.method_id(key_id) if did.did_web_enabled() else key_url(key_id)


def image(url: str) -> dict:
    return {"id": url, "type": "Image"}


def profile_document(issuer: Issuer, key_ids: list[str]) -> dict:
    """The issuer's OB 3.0 Profile, also the controller document of every
    published https key: each listed under verificationMethod and authorised
    under assertionMethod (retired keys too: old proofs name them)."""
    document = {
        "@context": PROFILE_CONTEXT,
        "id": profile_url(),
        "type": ["Profile"],
        "name": issuer.name,
        "url": issuer.url,
        "email": issuer.email,
        "image": image(profile_image_url()),
    }
    if issuer.description:
        document["description"] = issuer.description
    document["verificationMethod"] = [key_document(key_id, with_context=False) for key_id in key_ids]
    document["assertionMethod"] = [key_url(key_id) for key_id in key_ids]
    return document


def issuer_summary(issuer: Issuer) -> dict:
    """The Profile embedded in each credential."""
    summary = {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": issuer.name,
        "url": issuer.url,
        "email": issuer.email,
        "image": image(profile_image_url()),
    }
    if did.did_web_enabled():
        # Where the human-readable profile lives (a DID is not a web page).
        summary["otherIdentifier"] = [
            {"type": "IdentifierEntry", "identifier": profile_url(), "identifierType": "identifier"}
        ]
    return summary


def key_document(key_id: str, with_context: bool = True) -> dict:
    document = {
        "id": key_url(key_id),
        "type": "Multikey",
        "controller": profile_url(),
        "publicKeyMultibase": key_id,
    }
    if with_context:
        document = {"@context": "https://w3id.org/security/multikey/v1", **document}
    return document


def achievement_document(badge_class: BadgeClass, with_context: bool = True) -> dict:
    document = {
        "id": achievement_url(badge_class),
        "type": ["Achievement"],
        "name": badge_class.name,
        "description": badge_class.description,
        "criteria": {"id": criteria_url(badge_class), "narrative": badge_class.criteria_narrative},
        "image": {"id": badge_image_url(badge_class), "type": "Image"},
    }
    alignment = [{"type": ["Alignment"], **entry} for entry in alignment_for(badge_class)]
    if alignment:
        document["alignment"] = alignment
    if with_context:
        document = {"@context": CONTEXT, **document}
    return document


def unsigned_credential(award: Award, issuer: Issuer) -> dict:
    identity_type = "emailAddress" if award.recipient_type == Award.RecipientType.EMAIL else "identifier"
    credential = {
        "@context": CREDENTIAL_CONTEXT,
        "id": credential_url(award),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer_summary(issuer),
        "validFrom": utc(award.issued_on),
        "awardedDate": utc(award.issued_on),
        "name": award.badge_class.name,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": award.recipient_hash,
                    "identityType": identity_type,
                    "hashed": True,
                    "salt": award.salt,
                }
            ],
            "achievement": achievement_document(award.badge_class, with_context=False),
        },
        "credentialStatus": {
            "id": f"{status_list_url()}#{award.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(award.status_index),
            "statusListCredential": status_list_url(),
        },
        "evidence": [
            {
                "id": award.evidence_url or verify_page_url(award),
                "type": ["Evidence"],
                **({"narrative": award.evidence_narrative} if award.evidence_narrative else {}),
            }
        ],
    }
    if award.valid_until:
        credential["validUntil"] = utc(end_of_day(award.valid_until))
    credential["credentialSchema"] = CREDENTIAL_SCHEMA
    return credential


def signed(document: dict) -> dict:
    """Sign with the active key (SigningKeyMissing when none is configured).
    The proof is a one-element array (the schema requires an array)."""
    key = signing.load_signing_key()
    key_id = signing.multibase_public_key(key.public_key())
    return signing.sign(document, key, verification_method_id(key_id), proof_set=True)


def credential_document(award: Award, issuer: Issuer) -> dict:
    return signed(unsigned_credential(award, issuer))


def encode_bitstring(revoked_indexes: list[int]) -> str:
    """GZIP-compressed, base64url (multibase 'u') bitstring; index 0 is the
    left-most bit of the first byte (BitstringStatusList)."""
    bits = bytearray(STATUS_LIST_SIZE // 8)
    for index in revoked_indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def decode_bitstring(encoded: str) -> bytes:
    data = encoded[1:] + "=" * (-len(encoded[1:]) % 4)
    return gzip.decompress(base64.urlsafe_b64decode(data))


def is_revoked_in(encoded: str, index: int) -> bool:
    return bool(decode_bitstring(encoded)[index // 8] & (0x80 >> (index % 8)))


def status_list_document(issuer: Issuer, revoked_indexes: list[int], issued_at) -> dict:
    return signed(
        {
            "@context": [VC_V2],
            "id": status_list_url(),
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": issuer_id(),
            "validFrom": utc(issued_at),
            "credentialSubject": {
                "id": f"{status_list_url()}#list",
                "type": "BitstringStatusList",
                "statusPurpose": "revocation",
                "encodedList": encode_bitstring(revoked_indexes),
            },
        }
    )
