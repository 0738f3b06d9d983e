"""The wallet-facing endpoints (language-neutral, no session, no CSRF: a
wallet app calls them). Every refusal is a small JSON error (RFC 6749 §5.2,
OID4VCI 1.0 §8.3.1.2), 4xx, never a 500 or an HTML page."""

import json
import logging
from functools import wraps

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from badges.oid4vci import errors, issuance, metadata, offers, proofs
from badges.signing import SigningKeyMissing

logger = logging.getLogger("badges")

# Far above a real request (a proof JWT is well under 2 KiB), far below what hurts.
MAX_BODY_BYTES = 16 * 1024


def _answer(document: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(document, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _error(error: errors.OID4VCIError) -> JsonResponse:
    response = _answer({"error": error.error, "error_description": error.description}, status=error.status)
    if error.status == 401:
        response["WWW-Authenticate"] = f'Bearer error="{error.error}"'
    return response


def wallet_endpoint(view):
    """POST only, a capped body, OID4VCIError answered as JSON."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "POST":
            response = _error(errors.OID4VCIError("invalid_request", "Use POST.", status=405))
            response["Allow"] = "POST"
            return response
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = MAX_BODY_BYTES + 1
        if length > MAX_BODY_BYTES:
            return _error(errors.OID4VCIError("invalid_request", "The request body is too large.", status=413))
        try:
            if len(request.body) > MAX_BODY_BYTES:
                return _error(errors.OID4VCIError("invalid_request", "The request body is too large.", status=413))
            return view(request, *args, **kwargs)
        except RequestDataTooBig:
            return _error(errors.OID4VCIError("invalid_request", "The request body is too large.", status=413))
        except errors.OID4VCIError as error:
            return _error(error)

    return wrapper


@require_safe
def issuer_metadata(request):
    return _answer(metadata.issuer_metadata())


@require_safe
def authorization_server_metadata(request):
    return _answer(metadata.authorization_server_metadata())


@wallet_endpoint
def token(request):
    if request.content_type != "application/x-www-form-urlencoded":
        raise errors.invalid_request("Send the token request as application/x-www-form-urlencoded.")
    grant_type = request.POST.get("grant_type")
    if grant_type != metadata.PRE_AUTHORIZED_GRANT:
        raise errors.OID4VCIError("unsupported_grant_type", "Only the pre-authorized code grant is supported.")
    code, tx_code = request.POST.get("pre-authorized_code", ""), request.POST.get("tx_code")
    access_token, lifetime = offers.redeem_code(code, tx_code)
    return _answer({"access_token": access_token, "token_type": "Bearer", "expires_in": lifetime})


@wallet_endpoint
def nonce(request):
    return _answer({"c_nonce": offers.new_nonce()})


def _bearer_token(request) -> str:
    scheme, _sep, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise errors.invalid_token("Send the access token as Authorization: Bearer.")
    return value.strip()


def _proof_jwt(body: dict) -> str:
    """The one `jwt` proof (`proofs`, OID4VCI 1.0; `proof`, the drafts before it)."""
    if "proofs" in body:
        proofs_object = body["proofs"]
        if not isinstance(proofs_object, dict) or set(proofs_object) != {"jwt"}:
            raise errors.invalid_proof("proofs must hold the jwt proof type only.")
        jwts = proofs_object["jwt"]
        if not isinstance(jwts, list) or len(jwts) != 1:
            raise errors.OID4VCIError("invalid_credential_request", "Send exactly one proof (no batch issuance).")
        return jwts[0]
    proof = body.get("proof")
    if isinstance(proof, dict) and proof.get("proof_type") == "jwt":
        return proof.get("jwt")
    raise errors.invalid_proof("A jwt proof of possession of the holder's key is required.")


@wallet_endpoint
def credential(request):
    offer = offers.offer_for_token(_bearer_token(request))
    if request.content_type != "application/json":
        raise errors.OID4VCIError("invalid_credential_request", "Send the credential request as application/json.")
    try:
        body = json.loads(request.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise errors.OID4VCIError("invalid_credential_request", "The body is not JSON.") from exc
    if not isinstance(body, dict):
        raise errors.OID4VCIError("invalid_credential_request", "The body must be a JSON object.")
    if body.get("credential_configuration_id") != metadata.CONFIGURATION_ID:
        raise errors.OID4VCIError(
            "unknown_credential_configuration", f"Ask for credential_configuration_id {metadata.CONFIGURATION_ID}."
        )
    holder = proofs.holder_did(_proof_jwt(body))
    if offer.award.revoked:
        raise errors.OID4VCIError("invalid_credential_request", "The badge has been revoked.")
    try:
        document = issuance.bound_credential(offer.award, holder)
    except SigningKeyMissing:
        logger.error("OID4VCI: no signing key; credential not issued")
        return _error(errors.OID4VCIError("server_error", "Signing is not configured.", status=503))
    offers.mark_issued(offer, holder)
    return _answer({"credentials": [{"credential": document}]})
