"""The UI speaks fi, sv, en and ar; Arabic runs right to left."""

import re

import pytest


def test_root_redirects_to_finnish_by_default(client, site_pages):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


def test_root_redirects_to_the_browser_language(client, site_pages):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9")
    assert response["Location"] == "/sv/"


@pytest.mark.parametrize(("code", "direction"), [("fi", "ltr"), ("sv", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_home_page_declares_language_and_direction(client, site_pages, code, direction):
    html = client.get(f"/{code}/").content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html


def test_arabic_pages_use_bootstraps_rtl_stylesheet(client, site_pages):
    html = client.get("/ar/").content.decode()
    assert "bootstrap.rtl.min.css" in html
    assert "bootstrap.min.css" not in html


def test_home_page_shows_content_in_the_requested_language(client, site_pages):
    assert "How Kohtaamo works" in client.get("/en/").content.decode()
    assert "Näin Kohtaamo toimii" in client.get("/fi/").content.decode()


@pytest.mark.parametrize(
    ("code", "text"),
    [("fi", "Siirry pääsisältöön"), ("sv", "Hoppa till huvudinnehållet"), ("ar", "الانتقال إلى المحتوى الرئيسي")],
)
def test_interface_strings_are_translated(client, site_pages, code, text):
    assert text in client.get(f"/{code}/").content.decode()


def test_language_switch_keeps_the_page(client, site_pages):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/fi/tietoa/"})
    assert response["Location"] == "/en/tietoa/"
    assert "About Kohtaamo" in client.get(response["Location"]).content.decode()


def test_every_page_has_exactly_one_h1(client, site_pages):
    for url in ["/fi/", "/en/tietoa/", "/sv/tietosuoja/", "/ar/saavutettavuus/", "/en/accounts/login/", "/en/nope/"]:
        html = client.get(url).content.decode()
        assert len(re.findall(r"<h1[\s>]", html)) == 1, url


def test_language_links_point_to_the_same_page_in_each_language(client, site_pages):
    html = client.get("/fi/tietoa/").content.decode()
    for code in ["fi", "sv", "en", "ar"]:
        assert f'href="/{code}/tietoa/" hreflang="{code}"' in html


def test_language_links_keep_non_page_urls(client, site_pages):
    html = client.get("/fi/accounts/login/?next=/fi/tietoa/").content.decode()
    assert 'href="/sv/accounts/login/?next=/fi/tietoa/" hreflang="sv"' in html


def test_anonymous_home_page_sets_no_cookie_so_it_can_be_cached(client, site_pages):
    response = client.get("/fi/")
    assert not response.cookies
