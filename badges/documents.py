"""Open Badges 2.0 hosted documents: issuer, BadgeClass, Assertion, revocation
list. Each `id` is exactly the URL the document is served at
(language-neutral, built on settings.SITE_URL)."""

from datetime import datetime, time

from django.utils import timezone

from badges.alignment import alignment_for
from badges.identity import absolute
from badges.jsonld import OB_V2
from badges.models import Award, BadgeClass, Issuer


def issuer_url() -> str:
    return absolute("openbadges:issuer")


def badge_class_url(badge_class: BadgeClass) -> str:
    return absolute("openbadges:badge_class", badge_class.pk)


def badge_image_url(badge_class: BadgeClass) -> str:
    return absolute("openbadges:badge_image", badge_class.pk)


def assertion_url(award: Award) -> str:
    return absolute("openbadges:assertion", award.pk)


def baked_png_url(award: Award) -> str:
    return absolute("openbadges:assertion_png", award.pk)


def criteria_url(badge_class: BadgeClass) -> str:
    # The human-readable criteria page, in the default language.
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        return absolute("badges:criteria", badge_class.pk)


def verify_page_url(award: Award) -> str:
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        return absolute("badges:verify", award.pk)


def iso(moment: datetime) -> str:
    """ISO 8601 with the time zone (verifiers require it)."""
    return timezone.localtime(moment).isoformat(timespec="seconds")


def end_of_day(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(23, 59, 59)))


def issuer_document(issuer: Issuer) -> dict:
    document = {
        "@context": OB_V2,
        "type": "Issuer",
        "id": issuer_url(),
        "name": issuer.name,
        "url": issuer.url,
        "email": issuer.email,
        "revocationList": absolute("openbadges:revocations"),
    }
    if issuer.description:
        document["description"] = issuer.description
    if issuer.image:
        document["image"] = absolute("openbadges:issuer_image")
    return document


def badge_class_document(badge_class: BadgeClass) -> dict:
    document = {
        "@context": OB_V2,
        "type": "BadgeClass",
        "id": badge_class_url(badge_class),
        "name": badge_class.name,
        "description": badge_class.description,
        "image": badge_image_url(badge_class),
        "criteria": {"id": criteria_url(badge_class), "narrative": badge_class.criteria_narrative},
        "issuer": issuer_url(),
    }
    alignment = alignment_for(badge_class)
    if alignment:
        document["alignment"] = alignment
    if badge_class.tags:
        document["tags"] = list(badge_class.tags)
    return document


def recipient(award: Award) -> dict:
    return {
        "type": award.recipient_type,
        "hashed": True,
        "salt": award.salt,
        "identity": award.recipient_hash,
    }


def evidence(award: Award) -> list[dict]:
    item = {"id": award.evidence_url or verify_page_url(award)}
    if award.evidence_narrative:
        item["narrative"] = award.evidence_narrative
    return [item]


def assertion_document(award: Award) -> dict:
    document = {
        "@context": OB_V2,
        "type": "Assertion",
        "id": assertion_url(award),
        "recipient": recipient(award),
        "badge": badge_class_url(award.badge_class),
        "verification": {"type": "HostedBadge"},
        "issuedOn": iso(award.issued_on),
        "image": baked_png_url(award),
        "evidence": evidence(award),
    }
    if award.valid_until:
        document["expires"] = iso(end_of_day(award.valid_until))
    return document


def revoked_document(award: Award) -> dict:
    """What a revoked assertion's URL answers, with 410 Gone."""
    return {
        "@context": OB_V2,
        "type": "Assertion",
        "id": assertion_url(award),
        "revoked": True,
        "revocationReason": award.revocation_reason,
    }


def revocation_list_document(revoked: list[Award]) -> dict:
    return {
        "@context": OB_V2,
        "type": "RevocationList",
        "id": absolute("openbadges:revocations"),
        "issuer": issuer_url(),
        "revokedAssertions": [
            {"id": assertion_url(award), "revocationReason": award.revocation_reason} for award in revoked
        ],
    }
