"""Open Badges 3.0: each award as an OpenBadgeCredential with an
eddsa-rdfc-2022 DataIntegrityProof; revocation through a BitstringStatusList."""

import base64
import gzip
from datetime import UTC

from badges import signing
from badges.alignment import alignment_for
from badges.documents import badge_image_url, criteria_url, end_of_day, verify_page_url
from badges.identity import absolute
from badges.jsonld import OB_V3, VC_V2
from badges.models import Award, BadgeClass, Issuer
from badges.models.awards import STATUS_LIST_SIZE

CONTEXT = [VC_V2, OB_V3]


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


def profile_document(issuer: Issuer, key_ids: list[str]) -> dict:
    """The issuer's OB 3.0 Profile; lists every published key."""
    document = {
        "@context": CONTEXT,
        "id": profile_url(),
        "type": ["Profile"],
        "name": issuer.name,
        "url": issuer.url,
        "email": issuer.email,
    }
    if issuer.description:
        document["description"] = issuer.description
    if key_ids:
        document["verificationMethod"] = [key_document(key_id, with_context=False) for key_id in key_ids]
    return document


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
        "@context": CONTEXT,
        "id": credential_url(award),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": profile_url(), "type": ["Profile"], "name": issuer.name, "url": issuer.url},
        "validFrom": utc(award.issued_on),
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
    return credential


def signed(document: dict) -> dict:
    """Sign with the active key (SigningKeyMissing when none is configured)."""
    key = signing.load_signing_key()
    key_id = signing.multibase_public_key(key.public_key())
    return signing.sign(document, key, key_url(key_id))


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
            "issuer": profile_url(),
            "validFrom": utc(issued_at),
            "credentialSubject": {
                "id": f"{status_list_url()}#list",
                "type": "BitstringStatusList",
                "statusPurpose": "revocation",
                "encodedList": encode_bitstring(revoked_indexes),
            },
        }
    )
