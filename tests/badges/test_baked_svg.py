"""Baked SVG (Open Badges 2.0 baking): offered when the badge image is an SVG,
built through a DOM, the assertion URL in `verify` and the JSON in CDATA."""

import json
from xml.etree import ElementTree

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from badges import baking, services
from badges.models import BadgeClass, BadgeKind

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#123"/></svg>'
OB = "{http://openbadges.org}"


@pytest.fixture
def svg_badge(db):
    badge = BadgeClass.objects.create(
        kind=BadgeKind.MANUAL, name="Circle", description="A circle.", criteria_narrative="Drew a circle."
    )
    badge.image.save("circle.svg", ContentFile(SVG), save=True)
    return badge


@pytest.fixture
def svg_award(svg_badge, person):
    award, _ = services.award_to_person(
        svg_badge, person, source="manual", evidence_narrative='Tricky ]]> text <b>&amp; "quotes"'
    )
    return award


def svg_url(award):
    return reverse("openbadges:assertion_svg", args=[award.pk])


def test_baked_svg_is_served_as_an_svg_download(client, svg_award):
    response = client.get(svg_url(svg_award))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Disposition"] == f'attachment; filename="badge-{svg_award.pk}.svg"'
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_baked_svg_declares_the_openbadges_namespace_and_verify_url(client, svg_award):
    body = client.get(svg_url(svg_award)).content
    assert b'xmlns:openbadges="http://openbadges.org"' in body
    root = ElementTree.fromstring(body)  # noqa: S314  (our own output)
    assertion = root[0]
    assert assertion.tag == OB + "assertion"
    assert assertion.get("verify") == f"http://testserver/openbadges/assertions/{svg_award.pk}"


def test_baked_svg_holds_the_assertion_json_in_cdata(client, svg_award):
    body = client.get(svg_url(svg_award)).content
    assert b"<openbadges:assertion" in body and b"<![CDATA[" in body
    _verify, payload = baking.unbake_svg(body)
    hosted = json.loads(client.get(f"/openbadges/assertions/{svg_award.pk}").content)
    assert json.loads(payload) == hosted
    assert hosted["evidence"][0]["narrative"] == 'Tricky ]]> text <b>&amp; "quotes"'


def test_baked_svg_keeps_the_picture(client, svg_award):
    root = ElementTree.fromstring(client.get(svg_url(svg_award)).content)  # noqa: S314
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 10 10"
    assert [child.tag for child in root] == [OB + "assertion", "{http://www.w3.org/2000/svg}circle"]


def test_rebaking_replaces_an_earlier_assertion():
    once = baking.bake_svg(SVG, "https://a.example/1", '{"a": 1}')
    twice = baking.bake_svg(once, "https://a.example/2", '{"a": 2}')
    root = ElementTree.fromstring(twice)  # noqa: S314
    assert len(root.findall(OB + "assertion")) == 1
    assert baking.unbake_svg(twice) == ("https://a.example/2", '{"a": 2}')


def test_verify_url_is_escaped_as_an_attribute():
    baked = baking.bake_svg(SVG, 'https://a.example/"><script>x</script>', "{}")
    root = ElementTree.fromstring(baked)  # noqa: S314
    assert root[0].get("verify") == 'https://a.example/"><script>x</script>'
    assert b"<script>" not in baked


def test_svg_with_a_dtd_is_not_baked():
    with pytest.raises(ValueError):
        baking.bake_svg(b'<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>', "u", "{}")


def test_baked_svg_of_a_png_badge_is_404(client, award):
    response = client.get(reverse("openbadges:assertion_svg", args=[award.pk]), follow=False)
    assert response.status_code == 404


def test_baked_svg_of_a_revoked_award_is_410(client, svg_award, staff):
    services.revoke(svg_award, staff, "Mistake")
    response = client.get(svg_url(svg_award))
    assert response.status_code == 410
    assert json.loads(response.content)["revoked"] is True


def test_broken_stored_svg_gives_404_not_500(client, svg_award):
    svg_award.badge_class.image.save("broken.svg", ContentFile(b"<svg"), save=True)
    assert client.get(svg_url(svg_award)).status_code == 404


def test_my_badges_offers_the_svg_download_for_svg_badges(client, svg_award, person):
    client.force_login(person)
    response = client.get(reverse("badges:mine"))
    assert svg_url(svg_award) in response.content.decode()


def test_my_badges_offers_no_svg_download_for_png_badges(client, award, person):
    client.force_login(person)
    response = client.get(reverse("badges:mine"))
    assert "badge.svg" not in response.content.decode()
