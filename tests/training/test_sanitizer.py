"""The one HTML sanitiser keeps harmless markup and removes everything that can run."""

import pytest

from training.sanitizer import sanitize_html

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="java&#x09;script:alert(1)">click</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<svg onload=alert(1)><circle r=1 /></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<body onload="alert(1)">',
    '<div onmouseover="alert(1)">hover</div>',
    '<object data="evil.swf"></object>',
    '<form action="https://evil.example"><input name=x></form>',
    "<scr<script>ipt>alert(1)</script>",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<!--<img src=x onerror=alert(1)>-->",
]

DANGEROUS_FRAGMENTS = [
    "<script",
    "onerror",
    "onload",
    "onmouseover",
    "javascript:",
    "<iframe",
    "style=",
    "<svg",
    "<img",
    "<object",
    "<form",
    "data:text",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_sanitiser_removes_executable_content(payload):
    cleaned = sanitize_html(payload).lower()
    for fragment in DANGEROUS_FRAGMENTS:
        assert fragment not in cleaned


def test_sanitiser_drops_script_source_rather_than_showing_it():
    assert sanitize_html("<p>Hei</p><script>steal()</script>") == "<p>Hei</p>"


def test_sanitiser_keeps_allowed_formatting_and_safe_links():
    html = '<p>Tervetuloa <strong>kaikki</strong>: <a href="https://kohtaamo.example/">sivu</a></p>'
    assert sanitize_html(html) == html


def test_sanitiser_keeps_mailto_links():
    html = '<a href="mailto:yhteys@seura.example">yhteys</a>'
    assert sanitize_html(html) == html


def test_sanitiser_escapes_plain_text_angle_brackets():
    assert sanitize_html("a < b & c") == "a &lt; b &amp; c"


def test_sanitiser_keeps_arabic_and_emoji_text_exactly():
    text = "مرحبا بالجميع 👋🏽 ‌ZWNJ‍"
    assert sanitize_html(text) == text


def test_sanitiser_removes_nul_bytes():
    assert sanitize_html("<p>a\x00b</p>") == "<p>ab</p>"


@pytest.mark.parametrize("payload", [*XSS_PAYLOADS, "<p>ok</p>", "<b>x</b> & <i>y</i>"])
def test_sanitiser_is_idempotent(payload):
    once = sanitize_html(payload)
    assert sanitize_html(once) == once


@pytest.mark.parametrize("empty", [None, ""])
def test_sanitiser_returns_empty_string_for_nothing(empty):
    assert sanitize_html(empty) == ""
