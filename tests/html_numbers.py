"""A structural guard for numbers that a browser parses.

SVG geometry, form values, bounds and data attributes are read by the browser,
not by a person: in fi, sv and ar a localised "4,5" or "1 000" silently breaks
them. `browser_numbers_localised(html)` lists every such attribute whose value
looks like a number formatted for a locale."""

import re

NUMERIC_ATTRIBUTES = (
    "x|y|x1|x2|y1|y2|cx|cy|r|width|height|viewBox|value|min|max|step|low|high|optimum|aria-valuenow|"
    "aria-valuemin|aria-valuemax|data-[a-z0-9-]+"
)
ATTRIBUTE = re.compile(rf'\s({NUMERIC_ATTRIBUTES})="([^"]*)"')
# Digits joined by a comma or a (non-breaking) space: "4,5", "1 000", "0 -20 600 262" is fine (viewBox lists
# are checked as separate numbers, each of which must not contain a comma).
LOCALISED = re.compile(r"\d,\d|\d[\u00a0\u202f]\d|^\d{1,3}( \d{3})+$")


def browser_numbers_localised(html: str) -> list[str]:
    """Every `name="value"` pair of a browser-parsed attribute that carries a locale-formatted number."""
    return [f'{name}="{value}"' for name, value in ATTRIBUTE.findall(html) if LOCALISED.search(value)]
