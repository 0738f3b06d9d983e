"""Content Security Policy: no inline scripts on the public site."""

import re

import pytest

PUBLIC_PAGES = [
    "/fi/",
    "/en/tietoa/",
    "/ar/",
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/accounts/password/reset/",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_send_a_csp_without_inline_scripts(client, site_pages, url):
    policy = client.get(url)["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert "object-src 'none'" in policy


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_contain_no_inline_executable_script(client, site_pages, url):
    html = client.get(url).content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag


@pytest.mark.django_db
def test_responses_forbid_mime_sniffing_and_framing(client):
    response = client.get("/healthz")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
