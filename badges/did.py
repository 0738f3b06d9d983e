"""The issuer as a `did:web` (W3C CCG did:web method).

`did:web:<host>` (a port is percent-encoded: `did:web:example.org%3A8443`)
names the DID document at `https://<host>/.well-known/did.json`. That
document lists every Ed25519 key the issuer has published (the active one and
the retired ones) as Multikey verification methods, each authorised under
`assertionMethod`, so a proof made with a retired key still resolves and
verifies after a rotation.

New credentials use the DID as the issuer's `id` and `did:web:<host>#<key>`
as the proof's verification method when `settings.BADGES_ISSUER_DID_WEB` is
true (default: when `SITE_URL` is an https origin without a path; did:web is
resolved over https only). Credentials issued with the https profile and key
URLs keep verifying: those documents stay published.
"""

from urllib.parse import quote, unquote, urlsplit

from django.conf import settings

from badges.identity import site_url
from badges.jsonld import DID_V1, MULTIKEY_V1

DID_CONTEXT = [DID_V1, MULTIKEY_V1]


class DidError(ValueError):
    """Not a did:web this module can resolve."""


def _origin():
    parts = urlsplit(site_url())
    return parts, parts.path.strip("/")


def did_web_enabled() -> bool:
    """Whether new credentials name the issuer by its did:web."""
    configured = getattr(settings, "BADGES_ISSUER_DID_WEB", None)
    parts, path = _origin()
    if path or not parts.hostname:
        return False  # the DID document must sit at the origin's /.well-known/did.json
    if configured is not None:
        return bool(configured)
    return parts.scheme == "https"


def issuer_did() -> str:
    """`did:web:<host>[%3A<port>]` of settings.SITE_URL."""
    parts, _path = _origin()
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return "did:web:" + quote(host, safe="")


def method_id(key_id: str) -> str:
    """The DID URL of one published key (its multibase value as the fragment)."""
    return f"{issuer_did()}#{key_id}"


def document_url(did: str) -> str:
    """Where a did:web's document lives (the method's Read operation).

    `did:web:example.org` → https://example.org/.well-known/did.json;
    `did:web:example.org%3A8443:user:alice` → https://example.org:8443/user/alice/did.json.
    A fragment (a key's DID URL) is ignored."""
    did = did.split("#", 1)[0]
    if not did.startswith("did:web:"):
        raise DidError("Not a did:web.")
    segments = did[len("did:web:") :].split(":")
    host = unquote(segments[0])
    if not host or any(c in host for c in "/?#@ ") or any(not s or s in (".", "..") for s in segments[1:]):
        raise DidError("Malformed did:web.")
    path = "/".join(unquote(s) for s in segments[1:])
    return f"https://{host}/{path}/did.json" if path else f"https://{host}/.well-known/did.json"


def verification_method(key_id: str) -> dict:
    return {
        "id": method_id(key_id),
        "type": "Multikey",
        "controller": issuer_did(),
        "publicKeyMultibase": key_id,
    }


def did_document(key_ids: list[str]) -> dict:
    """The issuer's DID document: every published key, each authorised for
    `assertionMethod` (the proof purpose of every credential we sign)."""
    return {
        "@context": DID_CONTEXT,
        "id": issuer_did(),
        "verificationMethod": [verification_method(key_id) for key_id in key_ids],
        "assertionMethod": [method_id(key_id) for key_id in key_ids],
    }
