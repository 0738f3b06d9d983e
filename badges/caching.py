"""Cache keys of the public badge documents. Award documents change only on
revocation, so they are cached until then (revoke() deletes them)."""

from django.core.cache import cache

TIMEOUT = 24 * 60 * 60


def assertion_key(award_id) -> str:
    return f"badges:ob2:assertion:{award_id}"


def credential_key(award_id) -> str:
    return f"badges:ob3:credential:{award_id}"


REVOCATION_LIST_KEY = "badges:ob2:revocations"
STATUS_LIST_KEY = "badges:ob3:status-list"


def forget_award(award_id) -> None:
    cache.delete_many([assertion_key(award_id), credential_key(award_id), REVOCATION_LIST_KEY, STATUS_LIST_KEY])
