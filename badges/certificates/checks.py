"""What the public verification page (the page a certificate's QR code opens)
checked, as a list a person reads: the issuer's signature on the credential,
the issuer's key, revocation, expiry, and — when a visitor gave an e-mail
address — the recipient.

Guarantees: every check is recomputed from the award and the issuer's
published keys on each call (the signed credential itself may come from the
cache, since it changes only on revocation); nothing here raises: a check that
cannot be made says so ("unknown")."""

import json
import re
from dataclasses import dataclass

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from badges import signing
from badges.models import Award

PASSED, FAILED, UNKNOWN = "passed", "failed", "unknown"

_KEY_ID = re.compile(r"[#/](z[1-9A-HJ-NP-Za-km-z]+)$")


@dataclass(frozen=True)
class Check:
    outcome: str  # PASSED, FAILED or UNKNOWN
    label: str


def _signed_credential(award: Award) -> dict:
    from badges.views.open import _credential_json  # the same cached body verifiers fetch

    return json.loads(_credential_json(award))


def _signature_checks(award: Award) -> list[Check]:
    try:
        credential = _signed_credential(award)
    except signing.SigningKeyMissing:
        return [Check(UNKNOWN, _("The issuer's signature could not be checked right now."))]
    proofs = credential.get("proof") or []
    proof = proofs[0] if isinstance(proofs, list) and proofs else {}
    match = _KEY_ID.search(str(proof.get("verificationMethod", "")))
    key = signing.published_public_keys().get(match.group(1)) if match else None
    if key is None:
        return [Check(FAILED, _("The key that signed the badge is not among the issuer's published keys."))]
    key_check = Check(PASSED, _("The badge was signed with a key the issuer has published for signing badges."))
    try:
        signing.verify(credential, key)
    except signing.ProofError:
        return [key_check, Check(FAILED, _("The issuer's digital signature does not match the badge."))]
    return [key_check, Check(PASSED, _("The issuer's digital signature is valid: the badge has not been altered."))]


def _date(value) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def verification_checks(award: Award, email_result: str | None = None) -> list[Check]:
    """The checks shown on the verification page, in the current language."""
    checks = _signature_checks(award)
    if award.revoked:
        checks.append(
            Check(
                FAILED,
                _("The badge was revoked on %(date)s.") % {"date": _date(timezone.localtime(award.revoked_at))},
            )
        )
    else:
        checks.append(Check(PASSED, _("The badge has not been revoked.")))
    if award.valid_until is None:
        checks.append(Check(PASSED, _("The badge does not expire.")))
    elif award.expired:
        checks.append(Check(FAILED, _("The badge expired on %(date)s.") % {"date": _date(award.valid_until)}))
    else:
        checks.append(Check(PASSED, _("The badge is valid until %(date)s.") % {"date": _date(award.valid_until)}))
    if email_result == "match":
        checks.append(Check(PASSED, _("The e-mail address you entered matches the recipient.")))
    elif email_result == "no_match":
        checks.append(Check(FAILED, _("The e-mail address you entered does not match the recipient.")))
    return checks
