"""A verifier as strict as the Digital Credentials Consortium's (behind the
Learner Credential Wallet) and Digital Bazaar's libraries, run against the
test client, offline:

- the credential validates against 1EdTech's JSON schema for
  AchievementCredential (tests/badges/schemas/, draft 2019-09, formats checked);
- each proof's verification method is dereferenced (a did:web DID URL
  through the DID document, an https URL directly), its controller document is
  fetched, expanded as JSON-LD in safe mode (a term its own @context does not
  define is an error) and must authorise the key under `assertionMethod`;
- the key's controller is the credential's issuer;
- the eddsa-rdfc-2022 signature verifies.
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft201909Validator, FormatChecker

from badges import did, jsonld, signing

SCHEMA_FILE = Path(__file__).parent / "schemas" / "ob_v3p0_achievementcredential_schema.json"
SITE = "http://testserver"
SECURITY = "https://w3id.org/security#"


class StrictVerificationError(AssertionError):
    pass


@cache
def schema_validator() -> Draft201909Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return Draft201909Validator(schema, format_checker=FormatChecker())


def schema_errors(credential: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in schema_validator().iter_errors(credential)
    ]


def fetch_json(client, url: str) -> dict:
    """GET an https/http URL of the test site, or a did:web's DID document."""
    if url.startswith("did:web:"):
        location = did.document_url(url)
        assert location.startswith("https://testserver/"), location
        path = location.removeprefix("https://testserver")
    else:
        assert url.startswith(SITE + "/"), url
        path = url.removeprefix(SITE)
    response = client.get(path)
    if response.status_code != 200:
        raise StrictVerificationError(f"{url} answered {response.status_code}")
    return json.loads(response.content)


def dereference_method(client, method_id: str) -> dict:
    """The verification method a proof names."""
    if method_id.startswith("did:"):
        document = fetch_json(client, method_id)
        if document.get("id") != method_id.split("#", 1)[0]:
            raise StrictVerificationError("The DID document's id is not the DID.")
        for method in document.get("verificationMethod", []):
            if method.get("id") == method_id:
                return method
        raise StrictVerificationError(f"{method_id} is not in its DID document.")
    method = fetch_json(client, method_id)
    if method.get("id") != method_id:
        raise StrictVerificationError("The key document's id is not its URL.")
    return method


def authorised_methods(controller_document: dict, purpose: str = "assertionMethod") -> list[str]:
    """The ids the controller document authorises for `purpose`, read the
    way a JSON-LD processor reads them (undefined terms raise)."""
    expanded = jsonld.expand(controller_document)
    assert len(expanded) == 1
    return [entry["@id"] for entry in expanded[0].get(SECURITY + purpose, [])]


def verify_strictly(client, credential: dict, *, check_schema: bool = True) -> None:
    if check_schema:
        errors = schema_errors(credential)
        if errors:
            raise StrictVerificationError("Schema validation failed: " + "; ".join(errors))
    proofs = credential.get("proof")
    if not isinstance(proofs, list) or not proofs:
        raise StrictVerificationError("proof must be a non-empty array.")
    issuer = credential["issuer"]
    issuer_id = issuer["id"] if isinstance(issuer, dict) else issuer
    for proof in proofs:
        if proof.get("proofPurpose") != "assertionMethod":
            raise StrictVerificationError("Unexpected proof purpose.")
        method_id = proof["verificationMethod"]
        method = dereference_method(client, method_id)
        if method.get("type") != "Multikey":
            raise StrictVerificationError("The verification method is not a Multikey.")
        controller = method["controller"]
        if controller != issuer_id:
            raise StrictVerificationError(f"The key's controller {controller} is not the issuer {issuer_id}.")
        controller_document = fetch_json(client, controller)
        if controller_document.get("id") != controller:
            raise StrictVerificationError("The controller document's id is not the controller.")
        if method_id not in authorised_methods(controller_document):
            raise StrictVerificationError(f"{method_id} is not authorised under assertionMethod.")
        public_key = signing.public_key_from_multibase(method["publicKeyMultibase"])
        signing.verify({**credential, "proof": proof}, public_key)
