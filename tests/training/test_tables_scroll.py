"""Every table in a template sits in its own `.table-responsive` container, so
on a phone it scrolls sideways there instead of squeezing its words (the CSS
that keeps words whole is in static/css/site.css)."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def test_every_table_template_wraps_its_tables_in_a_responsive_container():
    unwrapped = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"<table\b", text):
            before = text[: match.start()]
            opened = before.rfind("table-responsive")
            # One wrapper per table: the nearest wrapper above must not already hold an earlier table.
            if opened == -1 or "</table>" in before[opened:]:
                unwrapped.append(f"{path.relative_to(TEMPLATES)}:{before.count(chr(10)) + 1}")
    assert unwrapped == []


def test_every_table_container_is_a_named_keyboard_focusable_region():
    """A container that scrolls sideways must be reachable by keyboard (axe
    `scrollable-region-focusable`) and say what it holds to a screen reader."""
    unreachable = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"<div\b[^>]*\btable-responsive\b[^>]*>", text):
            tag = match.group(0)
            named = "aria-labelledby=" in tag or "aria-label=" in tag
            if 'tabindex="0"' not in tag or 'role="region"' not in tag or not named:
                unreachable.append(f"{path.relative_to(TEMPLATES)}:{text[: match.start()].count(chr(10)) + 1}")
    assert unreachable == []
