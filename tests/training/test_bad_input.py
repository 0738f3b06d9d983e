"""Bad requests get clear answers, never a 500."""

import pytest


def test_unknown_page_gets_styled_404_in_english(client, site_pages):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="en"' in html
    assert "Page not found" in html
    assert "Skip to main content" in html  # the full site layout, not a bare error


def test_unknown_page_gets_404_in_finnish_under_fi(client, site_pages):
    response = client.get("/fi/ei-ole/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="fi"' in html
    assert "Page not found" not in html


def test_unknown_page_gets_404_in_arabic_right_to_left(client, site_pages):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    assert 'dir="rtl"' in response.content.decode()


@pytest.mark.django_db
def test_unknown_host_gets_400(client):
    response = client.get("/healthz", HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_oversized_request_body_gets_400(client, site_pages, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = client.post("/en/accounts/login/", data={"login": "x" * 5000, "password": "y"})
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


@pytest.mark.parametrize(
    "evil_next", ["//evil.example", "https:evil.example", "javascript:alert(1)", "https://evil.example/"]
)
def test_language_switch_ignores_off_site_next(client, site_pages, evil_next):
    response = client.post("/i18n/setlang/", {"language": "en", "next": evil_next})
    assert response.status_code == 302
    assert "evil" not in response["Location"]
    assert "javascript" not in response["Location"]


@pytest.mark.parametrize(
    "evil_next", ["//evil.example", "https:evil.example", "javascript:alert(1)", "https://evil.example/"]
)
def test_login_ignores_off_site_next(client, site_pages, learner, password, evil_next):
    response = client.post(
        "/en/accounts/login/?next=" + evil_next,
        {"login": learner.email, "password": password, "next": evil_next},
    )
    assert response.status_code == 302
    assert "evil" not in response["Location"]
    assert "javascript" not in response["Location"]


def test_login_follows_on_site_next(client, site_pages, learner, password):
    response = client.post("/en/accounts/login/", {"login": learner.email, "password": password, "next": "/en/tietoa/"})
    assert response["Location"] == "/en/tietoa/"


def test_login_without_next_lands_on_the_start_page_in_the_same_language(client, site_pages, learner, password):
    response = client.post("/ar/accounts/login/", {"login": learner.email, "password": password})
    assert response["Location"] == "/ar/start/"
