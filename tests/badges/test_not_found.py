"""Unknown /openbadges/ URLs answer a plain JSON 404 right there: no redirect
into a language prefix (LocaleMiddleware's habit for unprefixed 404s), and
the workaround does not leak to the rest of the site."""

import json

import pytest

# Fixed, not uuid4(): the ids appear in parametrised test names, which every
# xdist worker must collect identically.
UNKNOWN = "6f1c2a9e-0000-4000-8000-00000000dead"

PATHS = [
    "/openbadges/",
    "/openbadges/unknown",
    "/openbadges/unknown/deeper/path.json",
    f"/openbadges/assertions/{UNKNOWN}",
    "/openbadges/assertions/1",
    f"/openbadges/assertions/{UNKNOWN}/badge.png",
    f"/openbadges/assertions/{UNKNOWN}/badge.svg",
    f"/openbadges/badges/{UNKNOWN}",
    f"/openbadges/badges/{UNKNOWN}/image",
    f"/openbadges/achievements/{UNKNOWN}",
    f"/openbadges/credentials/{UNKNOWN}",
    f"/openbadges/credentials/{UNKNOWN}/badge.png",
    "/openbadges/keys/not-a-key",
    "/openbadges/issuer/image",  # no issuer image uploaded
]


@pytest.mark.parametrize("path", PATHS)
def test_unknown_openbadges_url_is_a_plain_json_404_without_redirect(client, db, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Location" not in response
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": 404, "detail": "Not found."}


def test_unknown_openbadges_url_is_404_for_head_too(client, db):
    response = client.head("/openbadges/unknown")
    assert response.status_code == 404
    assert "Location" not in response


def test_unknown_openbadges_url_is_404_for_post_too(client, db):
    response = client.post("/openbadges/unknown")
    assert response.status_code == 404
    assert "Location" not in response


def test_unknown_path_elsewhere_still_gets_the_language_redirect(client, site_pages):
    """The workaround is contained in badges: other unprefixed URLs behave as before."""
    response = client.get("/no-such-page/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/")
