"""Recipient identities and absolute URLs, shared by both badge formats."""

import hashlib
import secrets

from django.conf import settings
from django.urls import reverse


def site_url() -> str:
    """The public origin that every badge URL is built on (no trailing slash).

    Badge ids must not depend on the request's Host header: a verifier fetches
    exactly the `id`, so it comes from settings."""
    base = getattr(settings, "SITE_URL", None) or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/")


def absolute(name: str, *args) -> str:
    return site_url() + reverse(name, args=args)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def new_salt() -> str:
    return secrets.token_hex(16)


def hash_identity(identity: str, salt: str) -> str:
    """Open Badges hashed identity: "sha256$" + hex(sha256(identity + salt))."""
    return "sha256$" + hashlib.sha256((identity + salt).encode("utf-8")).hexdigest()


def email_matches(email: str, recipient_hash: str, salt: str) -> bool:
    return secrets.compare_digest(hash_identity(normalise_email(email), salt), recipient_hash)
