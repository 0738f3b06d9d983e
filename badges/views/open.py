"""The language-neutral Open Badges documents (mounted at /openbadges/).

Every JSON document's `id` is exactly its URL. Award documents are cached
until revocation (badges.caching): a verifier may poll them often."""

import json
import logging
import re
from functools import wraps
from xml.parsers.expat import ExpatError

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_safe

from badges import baking, caching, credentials, did, documents, services, signing
from badges.images import generate_png
from badges.models import Award, BadgeClass

logger = logging.getLogger("badges")

LD_JSON = "application/ld+json"
# VC 2.0's registered media type; the draft-era one stays acceptable on request.
VC = "application/vc"
VC_LD_JSON = "application/vc+ld+json"
CREDENTIAL_TYPES = [VC, VC_LD_JSON, LD_JSON, "application/json"]
DID_JSON = "application/did+ld+json"
# Defence in depth for SVG responses: uploads were checked, and the picture still may not run or load anything.
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_KEY_ID = re.compile(r"^z[1-9A-HJ-NP-Za-km-z]{40,60}$")


def language_neutral(view):
    """Answer "not found" here, at this URL.

    LocaleMiddleware turns any 404 outside the language prefixes into a
    redirect to /<lang>/… (where Wagtail then answers 404): a verifier asking
    for a guessed or deleted id must get a plain 404 instead. Telling the
    middleware that this response comes from a URLconf without language
    prefixes (`request.urlconf`, read only after the view) keeps it as is.

    Contained here: only views of badges.open_urls are wrapped, and only their
    404 responses carry the marker; every other URL of the site keeps the
    middleware's behaviour. The body is a small JSON document (these URLs
    are read by programs), never the site's HTML error page.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            response = _not_found()
        if response.status_code == 404:
            request.urlconf = "badges.open_urls"
        return response

    return wrapper


def _not_found() -> HttpResponse:
    response = HttpResponse(b'{"status": 404, "detail": "Not found."}', status=404, content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _json(document: dict, content_type: str = LD_JSON, status: int = 200) -> HttpResponse:
    return _raw(json.dumps(document, ensure_ascii=False).encode("utf-8"), content_type, status)


def _raw(body: bytes, content_type: str, status: int = 200) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type, status=status)
    # Backpacks and verifiers read these from other origins.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def credential_media_type(request) -> str:
    """Content negotiation for credentials: `application/vc` unless the
    client prefers `application/vc+ld+json`, `application/ld+json` or
    `application/json`. An Accept header naming none of them still gets the
    credential (verifiers send odd headers), as `application/vc`."""
    return request.get_preferred_type(CREDENTIAL_TYPES) or VC


def _vary(response: HttpResponse) -> HttpResponse:
    response["Vary"] = "Accept"
    return response


def _signing_unavailable() -> HttpResponse:
    return HttpResponse("Open Badges 3.0 signing is not configured.\n", status=503, content_type="text/plain")


@language_neutral
@require_safe
def issuer(request):
    return _json(documents.issuer_document(services.issuer()))


@language_neutral
@require_safe
def issuer_image(request):
    profile = services.issuer()
    if not profile.image:
        raise Http404
    return _raw(profile.image.read(), "image/png")


@language_neutral
@require_safe
def badge_class(request, badge_class_id):
    return _json(documents.badge_class_document(get_object_or_404(BadgeClass, pk=badge_class_id)))


@language_neutral
@require_safe
def badge_image(request, badge_class_id):
    badge = get_object_or_404(BadgeClass, pk=badge_class_id)
    if not badge.image:
        return _raw(generate_png(badge.name, badge.colour, badge.icon), "image/png")
    with badge.image.open("rb") as handle:
        data = handle.read()
    if badge.image_is_svg:
        response = _raw(data, "image/svg+xml")
        response["Content-Security-Policy"] = SVG_CSP
        return response
    return _raw(data, "image/png")


def _award(award_id) -> Award:
    return get_object_or_404(Award.objects.select_related("badge_class"), pk=award_id)


@language_neutral
@require_safe
def assertion(request, award_id):
    key = caching.assertion_key(award_id)
    cached = cache.get(key)
    if cached is None:
        award = _award(award_id)
        if award.revoked:
            cached = (410, json.dumps(documents.revoked_document(award), ensure_ascii=False).encode("utf-8"))
        else:
            cached = (200, json.dumps(documents.assertion_document(award), ensure_ascii=False).encode("utf-8"))
        cache.set(key, cached, caching.TIMEOUT)
    status, body = cached
    return _raw(body, LD_JSON, status)


def _badge_png(award: Award) -> bytes:
    badge = award.badge_class
    if badge.image and not badge.image_is_svg:
        with badge.image.open("rb") as handle:
            return handle.read()
    return generate_png(badge.name, badge.colour, badge.icon)


def _download(png: bytes, filename: str) -> HttpResponse:
    response = _raw(png, "image/png")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@language_neutral
@require_safe
def assertion_png(request, award_id):
    award = _award(award_id)
    if award.revoked:
        return _json(documents.revoked_document(award), status=410)
    payload = json.dumps(documents.assertion_document(award), ensure_ascii=False)
    return _download(baking.bake_png(_badge_png(award), baking.OB2_KEYWORD, payload), f"badge-{award.pk}.png")


@language_neutral
@require_safe
def assertion_svg(request, award_id):
    """The baked SVG (Open Badges 2.0), offered when the badge image is an SVG."""
    award = _award(award_id)
    if not award.badge_class.image_is_svg:
        raise Http404
    if award.revoked:
        return _json(documents.revoked_document(award), status=410)
    with award.badge_class.image.open("rb") as handle:
        svg = handle.read()
    payload = json.dumps(documents.assertion_document(award), ensure_ascii=False)
    try:
        baked = baking.bake_svg(svg, documents.assertion_url(award), payload)
    except (ValueError, ExpatError):  # the stored file is not a parseable SVG: no baked copy, not a 500
        logger.exception("badge SVG not baked: award=%s", award.pk)
        raise Http404 from None
    response = _raw(baked, "image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="badge-{award.pk}.svg"'
    response["Content-Security-Policy"] = SVG_CSP
    return response


def _credential_json(award: Award) -> str:
    key = caching.credential_key(award.pk)
    body = cache.get(key)
    if body is None:
        body = json.dumps(credentials.credential_document(award, services.issuer()), ensure_ascii=False)
        cache.set(key, body, caching.TIMEOUT)
    return body


@language_neutral
@require_safe
def credential(request, award_id):
    award = _award(award_id)
    try:
        body = _credential_json(award)
    except signing.SigningKeyMissing:
        return _signing_unavailable()
    # A revoked credential stays readable: verifiers learn the revocation from the status list.
    return _vary(_raw(body.encode("utf-8"), credential_media_type(request)))


@language_neutral
@require_safe
def credential_png(request, award_id):
    award = _award(award_id)
    try:
        body = _credential_json(award)
    except signing.SigningKeyMissing:
        return _signing_unavailable()
    png = baking.bake_png(_badge_png(award), baking.OB3_KEYWORD, body)
    return _download(png, f"badge-{award.pk}-ob3.png")


@language_neutral
@require_safe
def achievement(request, badge_class_id):
    return _json(credentials.achievement_document(get_object_or_404(BadgeClass, pk=badge_class_id)))


@language_neutral
@require_safe
def revocations(request):
    body = cache.get(caching.REVOCATION_LIST_KEY)
    if body is None:
        revoked = list(Award.objects.filter(revoked_at__isnull=False).order_by("revoked_at"))
        body = json.dumps(documents.revocation_list_document(revoked), ensure_ascii=False).encode("utf-8")
        cache.set(caching.REVOCATION_LIST_KEY, body, caching.TIMEOUT)
    return _raw(body, LD_JSON)


@language_neutral
@require_safe
def status_list(request):
    body = cache.get(caching.STATUS_LIST_KEY)
    if body is None:
        indexes = list(Award.objects.filter(revoked_at__isnull=False).values_list("status_index", flat=True))
        try:
            document = credentials.status_list_document(services.issuer(), indexes, timezone.now())
        except signing.SigningKeyMissing:
            return _signing_unavailable()
        body = json.dumps(document, ensure_ascii=False).encode("utf-8")
        # Short-lived as well as invalidated: validFrom should stay recent.
        cache.set(caching.STATUS_LIST_KEY, body, 60 * 60)
    return _vary(_raw(body, credential_media_type(request)))


@language_neutral
@require_safe
def profile(request):
    return _json(credentials.profile_document(services.issuer(), list(signing.published_public_keys())))


@language_neutral
@require_safe
def profile_image(request):
    """The issuer's picture for OB 3.0 (the uploaded PNG, else one drawn from its name)."""
    issuer = services.issuer()
    if issuer.image:
        return _raw(issuer.image.read(), "image/png")
    return _raw(generate_png(issuer.name, "#1f6f8b"), "image/png")


@language_neutral
@require_safe
def keys(request):
    key_ids = list(signing.published_public_keys())
    return _json(
        {
            "@context": credentials.PROFILE_CONTEXT,
            "id": credentials.profile_url(),
            "verificationMethod": [credentials.key_document(key_id, with_context=False) for key_id in key_ids],
            "assertionMethod": [credentials.key_url(key_id) for key_id in key_ids],
        }
    )


@language_neutral
@require_safe
def did_document(request):
    """/.well-known/did.json: the did:web document of the issuer (every published key)."""
    return _json(did.did_document(list(signing.published_public_keys())), content_type=DID_JSON)


@language_neutral
@require_safe
def key(request, key_id):
    if not _KEY_ID.match(key_id) or key_id not in signing.published_public_keys():
        raise Http404
    return _json(credentials.key_document(key_id))


@language_neutral
def not_found(request, *args, **kwargs):
    """Anything else under /openbadges/ (a malformed or guessed id)."""
    raise Http404
