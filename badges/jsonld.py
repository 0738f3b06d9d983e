"""JSON-LD processing without the network: pyld reads context documents from
the files in badges/contexts/ and refuses any other URL."""

import json
from functools import cache
from pathlib import Path

from pyld import jsonld

CONTEXTS_DIR = Path(__file__).parent / "contexts"

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"
OB_V2 = "https://w3id.org/openbadges/v2"
DID_V1 = "https://www.w3.org/ns/did/v1"
OB_V3_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"

LOCAL_CONTEXTS = {
    VC_V2: "credentials-v2.jsonld",
    OB_V3: "ob-v3p0-context-3.0.3.json",
    DATA_INTEGRITY_V2: "security-data-integrity-v2.jsonld",
    MULTIKEY_V1: "security-multikey-v1.jsonld",
    OB_V2: "openbadges-v2.jsonld",
    DID_V1: "did-v1.jsonld",
    OB_V3_EXTENSIONS: "ob-v3p0-extensions.json",
}


@cache
def _load(filename: str) -> dict:
    return json.loads((CONTEXTS_DIR / filename).read_text(encoding="utf-8"))


def local_document_loader(extra: dict[str, dict] | None = None):
    """A pyld document loader over the local files (plus `extra` documents,
    for tests). Any other URL is an error: nothing is fetched."""

    def load(url: str, options=None) -> dict:
        if extra and url in extra:
            document = extra[url]
        elif url in LOCAL_CONTEXTS:
            document = _load(LOCAL_CONTEXTS[url])
        else:
            raise jsonld.JsonLdError(
                f"Context {url} is not available offline.", "jsonld.LoadDocumentError", code="loading document failed"
            )
        return {"contextUrl": None, "documentUrl": url, "document": document}

    return load


def expand(document: dict, extra_contexts: dict[str, dict] | None = None) -> list:
    """JSON-LD expansion in safe mode: a term the contexts do not define is an
    error, not silently dropped (that is how a strict verifier reads us)."""
    return jsonld.expand(document, {"documentLoader": local_document_loader(extra_contexts), "safe": True})


def canonicalize(document: dict, extra_contexts: dict[str, dict] | None = None) -> str:
    """RDF Dataset Canonicalization (RDFC-1.0, which pyld calls URDNA2015) as N-Quads."""
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": local_document_loader(extra_contexts),
            "safe": True,
        },
    )
