"""The CSP header is built once per case and reused (training/csp.py): the
text must stay exactly what django-csp builds, nonces must stay per request,
a view's own policy and the settings must still win."""

from dataclasses import asdict

import pytest
from csp.constants import NONCE, SELF
from csp.decorators import csp_exempt, csp_update
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from training.csp import KohtaamoCSPMiddleware

STRICT = "Content-Security-Policy"
REPORT_ONLY = "Content-Security-Policy-Report-Only"


def serve(path, view=None):
    """The response of `view` (default: a plain page) through the middleware, and the request."""
    request = RequestFactory().get(path)
    view = view or (lambda request: HttpResponse("ok"))
    return KohtaamoCSPMiddleware(view)(request), request


def django_csp_header(request, response, **kwargs):
    """What django-csp itself builds, with the admin relaxations (uncached)."""
    parts = KohtaamoCSPMiddleware(lambda r: response).get_policy_parts(request, response, **kwargs)
    return build_policy(**asdict(parts), **kwargs)


@pytest.mark.parametrize("path", ["/fi/", "/en/accounts/login/", "/admin/pages/", "/django-admin/"])
def test_the_header_is_what_django_csp_builds(path):
    for _ in range(2):  # built, then remembered
        response, request = serve(path)
        assert response[STRICT] == django_csp_header(request, response)


def test_only_the_admins_get_inline_styles_and_scripts():
    public, _ = serve("/fi/")
    admin, _ = serve("/admin/")
    assert "'unsafe-inline'" not in public[STRICT]
    assert "script-src 'self' 'unsafe-inline'" in admin[STRICT]
    assert "style-src 'self' 'unsafe-inline'" in admin[STRICT]


def test_a_remembered_header_has_each_requests_own_nonce():
    def page_with_nonce(request):
        return HttpResponse(str(request.csp_nonce))

    policy = {"DIRECTIVES": {"default-src": [SELF], "script-src": [SELF, NONCE]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy):
        first, _ = serve("/fi/", page_with_nonce)
        second, _ = serve("/fi/", page_with_nonce)
        without, _ = serve("/fi/")
    for response in (first, second):
        assert f"script-src 'self' 'nonce-{response.content.decode()}'" in response[STRICT]
    assert first.content != second.content
    # django-csp orders the directives by a set: compare them as a set.
    assert set(without[STRICT].split("; ")) == {"default-src 'self'", "script-src 'self'"}


def test_a_nonce_asked_for_after_the_header_is_an_error():
    _, request = serve("/fi/")
    with pytest.raises(Exception, match="csp_nonce"):
        str(request.csp_nonce)


def test_changed_settings_are_used_at_once():
    serve("/fi/")  # remember the current policy
    with override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": {"default-src": ["https://cdn.example"]}}):
        response, _ = serve("/fi/")
    assert response[STRICT] == "default-src https://cdn.example"
    response, request = serve("/fi/")
    assert response[STRICT] == django_csp_header(request, response)


def test_a_views_own_policy_still_applies():
    @csp_update({"img-src": ["https://maps.example"]})
    def map_page(request):
        return HttpResponse("map")

    response, _ = serve("/fi/", map_page)
    assert "https://maps.example" in response[STRICT]
    plain, _ = serve("/fi/")
    assert "https://maps.example" not in plain[STRICT]


def test_an_exempt_view_gets_no_header():
    response, _ = serve("/fi/", csp_exempt()(lambda request: HttpResponse("ok")))
    assert STRICT not in response


def test_a_header_the_view_set_is_kept():
    def own_header(request):
        response = HttpResponse("ok")
        response[STRICT] = "default-src 'none'"
        return response

    response, _ = serve("/fi/", own_header)
    assert response[STRICT] == "default-src 'none'"


def test_report_only_and_excluded_prefixes_as_in_django_csp():
    report_only = {"DIRECTIVES": {"default-src": [SELF]}, "EXCLUDE_URL_PREFIXES": ["/fi/private/"]}
    with override_settings(CONTENT_SECURITY_POLICY_REPORT_ONLY=report_only):
        response, _ = serve("/fi/")
        excluded, _ = serve("/fi/private/x/")
        plain = CSPMiddleware(lambda r: HttpResponse("ok"))(RequestFactory().get("/fi/private/x/"))
    assert response[REPORT_ONLY] == "default-src 'self'"
    assert REPORT_ONLY not in excluded and REPORT_ONLY not in plain
