"""What every API answer shares: JSON bodies and errors, the allowed methods,
the language, and HTTP caching (ETag of the body, Cache-Control: public)."""

import functools
import hashlib
import json

from django.http import Http404, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.views.decorators.csrf import csrf_exempt

from activities.api.params import BadParameters, choose_language

# Browsers, proxies and the hobby sites' servers may keep an answer this long;
# after that they revalidate with If-None-Match (a 304 costs no body).
MAX_AGE = 300
JSON_TYPE = "application/json; charset=utf-8"
ALLOWED = "GET, HEAD, OPTIONS"
NO_LANGUAGE_REDIRECT_URLCONF = "activities.api.root_urls"


def json_body(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def error(status: int, code: str, message: str, parameters: dict | None = None) -> HttpResponse:
    body = {"error": {"code": code, "message": message}}
    if parameters:
        body["error"]["parameters"] = parameters
    response = HttpResponse(json_body(body), status=status, content_type=JSON_TYPE)
    patch_cache_control(response, no_cache=True)
    return response


def cacheable(request, response: HttpResponse, lang: str | None) -> HttpResponse:
    """Public caching with a strong ETag of the exact body: any change to an
    activity, its association, its badge or the scope changes the body, so the
    next request (or revalidation) sees it; an unchanged body answers 304."""
    etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    patch_vary_headers(response, ("Accept-Language",))
    if lang:
        response["Content-Language"] = lang
    return get_conditional_response(request, etag=etag, response=response)


def api_view(view):
    """A read-only API view: GET and HEAD (OPTIONS says so), anything else 405;
    bad parameters 400 and unknown objects 404, both as JSON. The view gets
    the chosen language as `lang`. CSRF does not apply: nothing is ever written."""

    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = _answer(request, *args, **kwargs)
        if response.status_code == 404:
            request.urlconf = NO_LANGUAGE_REDIRECT_URLCONF
        return response

    def _answer(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=200)
            response["Allow"] = ALLOWED
            return response
        if request.method not in ("GET", "HEAD"):
            response = error(405, "method_not_allowed", "This API is read-only: use GET.")
            response["Allow"] = ALLOWED
            return response
        try:
            lang = choose_language(request)
            return view(request, *args, lang=lang, **kwargs)
        except BadParameters as bad:
            return error(400, "invalid_parameters", "Some parameters are invalid.", bad.errors)
        except Http404:
            return error(404, "not_found", "No such resource.")

    return wrapper
