"""The regional chart's SVG is parsed by the browser: its numbers never go
through localisation (no decimal comma, no thousand separator), and every
label lies inside the visible area, in every interface language."""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.reports.conftest import complete

SVG_NS = "{http://www.w3.org/2000/svg}"
GEOMETRY = ("x", "y", "x1", "x2", "y1", "y2", "width", "height")


def chart_svg(client, world, language: str) -> ET.Element:
    client.force_login(world.coordinator)
    with translation.override(language):
        url = reverse("reports:region", args=[world.kainuu.pk])
    response = client.get(url)
    assert response.status_code == 200
    # The chart, not the header's icons (also inline SVG).
    markup = re.search(r'<svg[^>]*aria-labelledby="chart-title".*?</svg>', response.content.decode(), re.S).group(0)
    # Parse as XML so a stray comma or a broken attribute fails loudly.
    return ET.fromstring(markup.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))  # noqa: S314  (our own output)


@pytest.fixture
def history(world, courses):
    """Completions in two months, so the bars have uneven, fractional geometry."""
    now = timezone.now()
    complete(world.learner_a, courses[0], at=now)
    complete(world.learner_b, courses[0], at=now)
    complete(world.learner_a, courses[1], at=now - timedelta(days=62))


@pytest.mark.parametrize("language", ["fi", "sv", "ar", "en"])
def test_chart_geometry_parses_as_plain_numbers(client, world, history, language):
    svg = chart_svg(client, world, language)
    view_box = [float(n) for n in svg.get("viewBox").split(" ")]
    assert len(view_box) == 4
    shapes = [el for el in svg.iter() if el.tag in (f"{SVG_NS}rect", f"{SVG_NS}line", f"{SVG_NS}text")]
    assert len([el for el in shapes if el.tag == f"{SVG_NS}rect"]) == 12
    for element in shapes:
        for name in GEOMETRY:
            if element.get(name) is not None:
                float(element.get(name))  # "4,0" or "1 000" raise ValueError


@pytest.mark.parametrize("language", ["fi", "sv", "ar", "en"])
def test_every_chart_label_lies_inside_the_view_box(client, world, history, language):
    svg = chart_svg(client, world, language)
    _min_x, min_y, width, height = (float(n) for n in svg.get("viewBox").split(" "))
    texts = list(svg.iter(f"{SVG_NS}text"))
    assert texts
    for text in texts:
        # A label's baseline at y needs room above it for the glyphs (13 px font).
        assert min_y + 13 <= float(text.get("y")) <= min_y + height, text.text
        assert 0 <= float(text.get("x")) <= width


@pytest.mark.parametrize("language", ["fi", "sv", "ar"])
def test_report_pages_carry_no_localised_number_in_attributes(client, world, history, language):
    from tests.html_numbers import browser_numbers_localised

    pages = [
        (world.coordinator, "reports:region", [world.kainuu.pk]),
        (world.coordinator, "reports:funder", [world.kainuu.pk]),
        (world.contact_a, "reports:association", [world.a.slug]),
        (world.coordinator, "reports:index", []),
    ]
    for person, name, args in pages:
        client.force_login(person)
        with translation.override(language):
            response = client.get(reverse(name, args=args))
        assert response.status_code == 200, name
        assert browser_numbers_localised(response.content.decode()) == [], name
