"""Credential issuer metadata (OID4VCI 1.0 §12.2) and OAuth authorization
server metadata (RFC 8414): the issuer is its own authorization server."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from badges.credentials import CREDENTIAL_CONTEXT
from badges.identity import absolute, site_url

CONFIGURATION_ID = "OpenBadgeCredential_ldp_vc"
PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
PROOF_TYP = "openid4vci-proof+jwt"
PROOF_ALGORITHMS = ["EdDSA", "ES256"]


def credential_issuer() -> str:
    """The Credential Issuer Identifier: the site's origin (also the `aud` of proofs)."""
    return site_url()


def _in_each_language(make) -> list[dict]:
    entries = []
    for code, _name in settings.SITE_LANGUAGES:
        with translation.override(code):
            entries.append({"locale": code, **make()})
    return entries


def _credential_display() -> dict:
    return {
        "name": _("Kohtaamo badge"),
        "description": _("A badge earned on Kohtaamo, signed by its issuer."),
    }


def _issuer_display() -> dict:
    return {"name": "Kohtaamo"}


def issuer_metadata() -> dict:
    display = _in_each_language(_credential_display)
    return {
        "credential_issuer": credential_issuer(),
        "credential_endpoint": absolute("oid4vci:credential"),
        "nonce_endpoint": absolute("oid4vci:nonce"),
        "display": _in_each_language(_issuer_display),
        "credential_configurations_supported": {
            CONFIGURATION_ID: {
                "format": "ldp_vc",
                "cryptographic_binding_methods_supported": ["did:key", "jwk"],
                "credential_signing_alg_values_supported": ["eddsa-rdfc-2022"],
                "proof_types_supported": {"jwt": {"proof_signing_alg_values_supported": PROOF_ALGORITHMS}},
                "credential_definition": {
                    "@context": CREDENTIAL_CONTEXT,
                    "type": ["VerifiableCredential", "OpenBadgeCredential"],
                },
                "credential_metadata": {"display": display},
                # Where wallets built on the drafts before 1.0 look for it.
                "display": display,
            }
        },
    }


def authorization_server_metadata() -> dict:
    return {
        "issuer": credential_issuer(),
        "token_endpoint": absolute("oid4vci:token"),
        "grant_types_supported": [PRE_AUTHORIZED_GRANT],
        "pre-authorized_grant_anonymous_access_supported": True,
        "response_types_supported": [],
        "token_endpoint_auth_methods_supported": ["none"],
    }
