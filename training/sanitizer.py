"""The one HTML sanitiser: every user-supplied HTML fragment is stored only
after passing through `sanitize_html`.

An allowlist, not a blocklist: anything not named here (scripts, event
handlers, styles, iframes, SVG, forms) is removed, and links may only use
http, https and mailto.
"""

import bleach
from bs4 import BeautifulSoup

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "em",
        "h2",
        "h3",
        "h4",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "strong",
        "sub",
        "sup",
        "u",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title", "lang", "dir"],
    "abbr": ["title"],
    "p": ["lang", "dir"],
    "blockquote": ["lang", "dir"],
}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[],
)
# Content of these elements is dropped whole, not kept as text.
_DROP_WITH_CONTENT = ("script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript")


def _drop_dangerous_blocks(html: str) -> str:
    """Remove dangerous elements together with their content.

    bleach with strip=True keeps the inner text of removed tags, so a
    <script> would leave its source behind as visible text. This pass is only
    cosmetic: bleach below is the security boundary either way.
    """
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(_DROP_WITH_CONTENT):
        element.decompose()
    return str(soup)


def sanitize_html(html: str | None) -> str:
    """Return `html` reduced to the allowlist; safe to mark as safe and render.

    Guarantees: no element, attribute or URL scheme outside the allowlist
    survives; NUL bytes are removed; plain text comes back escaped;
    idempotent (sanitising twice gives the same result).
    """
    if not html:
        return ""
    html = html.replace("\x00", "")
    return _cleaner.clean(_drop_dangerous_blocks(html))
