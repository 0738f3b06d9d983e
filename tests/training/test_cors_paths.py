"""CORS only where it is enabled (training/middleware_cors.py): the open-data
API keeps corsheaders' headers and preflights; other pages skip the middleware
and get none, unless a `check_request_enabled` receiver turns CORS on."""

import pytest
from corsheaders.signals import check_request_enabled

from training.middleware_cors import may_enable_cors

pytestmark = pytest.mark.django_db

API = "/api/v1/activities"
ORIGIN = {"Origin": "https://harrastukset.example.fi"}


def test_the_api_answers_any_origin(client):
    response = client.get(API, headers=ORIGIN)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "origin" in response["Vary"].lower()


def test_the_api_answers_a_preflight(client):
    response = client.options(API, headers={**ORIGIN, "Access-Control-Request-Method": "GET"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("path", ["/fi/", "/en/accounts/login/", "/apiary/", "/fi/api/v1/activities"])
def test_pages_outside_the_api_get_no_cors_headers(client, site_pages, path):
    response = client.get(path, headers=ORIGIN)
    assert "Access-Control-Allow-Origin" not in response
    assert "origin" not in response.get("Vary", "").lower().split(", ")


def test_a_preflight_outside_the_api_is_not_answered_by_cors(client):
    response = client.options("/en/accounts/login/", headers={**ORIGIN, "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in response


def test_a_signal_receiver_can_still_enable_cors_elsewhere(client, site_pages):
    def allow_login_page(sender, request, **kwargs):
        return request.path_info == "/en/accounts/login/"

    check_request_enabled.connect(allow_login_page)
    try:
        assert may_enable_cors("/en/accounts/login/")
        response = client.get("/en/accounts/login/", headers=ORIGIN)
    finally:
        check_request_enabled.disconnect(allow_login_page)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not may_enable_cors("/en/accounts/login/")
