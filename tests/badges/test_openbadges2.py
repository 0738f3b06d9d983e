"""Open Badges 2.0 hosted documents: ids equal URLs, content type, hashed
recipient, time zones, baking, revocation (410 + body, revocation list)."""

import io
import json
import uuid

import pytest
from django.core.cache import cache
from PIL import Image

from badges import baking, caching, services
from badges.identity import hash_identity

LD = "application/ld+json"


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == LD
    return json.loads(response.content)


def path_of(url: str) -> str:
    assert url.startswith("http://testserver/")
    return url.removeprefix("http://testserver")


def test_assertion_id_is_exactly_its_url(client, award):
    url = f"/openbadges/assertions/{award.pk}"
    document = get_json(client, url)
    assert document["id"] == "http://testserver" + url
    assert document["@context"] == "https://w3id.org/openbadges/v2"
    assert document["type"] == "Assertion"
    assert document["verification"] == {"type": "HostedBadge"}


def test_assertion_recipient_is_hashed_with_the_award_salt(client, award):
    recipient = get_json(client, f"/openbadges/assertions/{award.pk}")["recipient"]
    assert recipient == {
        "type": "email",
        "hashed": True,
        "salt": award.salt,
        "identity": hash_identity("amal.hassan@example.org", award.salt),
    }
    assert "example.org" not in json.dumps(recipient)


def test_issued_on_has_a_time_zone(client, award):
    issued_on = get_json(client, f"/openbadges/assertions/{award.pk}")["issuedOn"]
    assert issued_on[-6] in "+-" and issued_on[-3] == ":"


def test_assertion_has_evidence_and_baked_image_url(client, award):
    document = get_json(client, f"/openbadges/assertions/{award.pk}")
    assert document["evidence"] == [{"id": "https://example.org/evidence/1", "narrative": "Three evenings in spring."}]
    assert document["image"] == f"http://testserver/openbadges/assertions/{award.pk}/badge.png"


def test_badge_class_and_issuer_resolve_at_their_ids(client, award):
    assertion = get_json(client, f"/openbadges/assertions/{award.pk}")
    badge = get_json(client, path_of(assertion["badge"]))
    assert badge["id"] == assertion["badge"]
    assert badge["type"] == "BadgeClass"
    assert badge["criteria"]["narrative"] == "Hosted at least three family café evenings."
    assert badge["alignment"] == [
        {"targetName": "Intercultural communication", "targetUrl": "https://example.org/competences/ic"}
    ]
    issuer = get_json(client, path_of(badge["issuer"]))
    assert issuer["id"] == badge["issuer"]
    assert issuer["type"] == "Issuer"


def test_issuer_has_name_url_and_email(client, db):
    issuer = get_json(client, "/openbadges/issuer")
    assert issuer["name"] and issuer["url"]
    assert issuer["email"] == services.issuer().email
    # No publicKey: hosted badges only (the IMS validator would fetch it).
    assert "publicKey" not in issuer


def test_badge_image_and_criteria_page_resolve(client, award):
    badge = get_json(client, f"/openbadges/badges/{award.badge_class.pk}")
    image = client.get(path_of(badge["image"]))
    assert image.status_code == 200 and image["Content-Type"] == "image/png"
    criteria = client.get(path_of(badge["criteria"]["id"]))
    assert criteria.status_code == 200
    assert "Hosted at least three family café evenings." in criteria.content.decode()


def test_unknown_assertion_id_is_404(client, award):
    assert client.get(f"/openbadges/assertions/{uuid.uuid4()}").status_code == 404
    assert client.get("/openbadges/assertions/1").status_code == 404


def test_revoked_assertion_answers_410_with_the_revoked_body(client, award, staff):
    services.revoke(award, staff, "Awarded by mistake")
    document = get_json(client, f"/openbadges/assertions/{award.pk}", status=410)
    assert document == {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": f"http://testserver/openbadges/assertions/{award.pk}",
        "revoked": True,
        "revocationReason": "Awarded by mistake",
    }


def test_revocation_invalidates_the_cached_assertion(client, award, staff, django_capture_on_commit_callbacks):
    get_json(client, f"/openbadges/assertions/{award.pk}")
    assert cache.get(caching.assertion_key(award.pk)) is not None
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(award, staff, "Duplicate")
    get_json(client, f"/openbadges/assertions/{award.pk}", status=410)


def test_assertion_is_served_from_the_cache(client, award, django_assert_num_queries):
    get_json(client, f"/openbadges/assertions/{award.pk}")
    with django_assert_num_queries(0):
        get_json(client, f"/openbadges/assertions/{award.pk}")


def test_revocation_list_with_one_entry(client, award, staff, django_capture_on_commit_callbacks):
    issuer = get_json(client, "/openbadges/issuer")
    assert get_json(client, path_of(issuer["revocationList"]))["revokedAssertions"] == []
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(award, staff, "Duplicate")
    document = get_json(client, path_of(issuer["revocationList"]))
    assert document["id"] == issuer["revocationList"]
    assert document["type"] == "RevocationList"
    assert document["revokedAssertions"] == [
        {"id": f"http://testserver/openbadges/assertions/{award.pk}", "revocationReason": "Duplicate"}
    ]


def test_baked_png_holds_the_assertion_in_an_uncompressed_itxt_chunk(client, award):
    response = client.get(f"/openbadges/assertions/{award.pk}/badge.png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert "attachment" in response["Content-Disposition"]
    png = response.content
    payload = json.loads(baking.unbake_png(png, "openbadges"))
    assert payload["id"] == f"http://testserver/openbadges/assertions/{award.pk}"
    # iTXt, keyword, then compression flag 0, method 0, empty language and translated keyword.
    assert b"iTXtopenbadges\x00\x00\x00\x00\x00" in png
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"


def test_baking_replaces_an_earlier_baked_badge():
    from badges.images import generate_png

    once = baking.bake_png(generate_png("X", "#000000"), "openbadges", '{"id": "a"}')
    twice = baking.bake_png(once, "openbadges", '{"id": "b"}')
    assert twice.count(b"iTXtopenbadges") == 1
    assert baking.unbake_png(twice, "openbadges") == '{"id": "b"}'


def test_readiness_assertion_has_url_recipient_and_expiry(client, association, approval):
    award, _ = services.award_readiness(association, approval, "http://testserver/fi/readiness/profile/testiseura/")
    document = get_json(client, f"/openbadges/assertions/{award.pk}")
    assert document["recipient"]["type"] == "url"
    assert document["recipient"]["identity"] == hash_identity(services.association_identity(association), award.salt)
    assert document["expires"].startswith(approval.valid_until.isoformat())
    assert document["evidence"][0]["id"] == "http://testserver/fi/readiness/profile/testiseura/"


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_documents_are_read_only(client, award, method):
    assert getattr(client, method)(f"/openbadges/assertions/{award.pk}").status_code == 405
