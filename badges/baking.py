"""Baking: the badge JSON inside the image, so the file itself can be verified.

PNG: one uncompressed iTXt chunk without a language tag (Pillow's
`add_itxt` defaults), keyword `openbadges` (2.0) or `openbadgecredential` (3.0).

SVG (2.0): the root element declares `xmlns:openbadges="http://openbadges.org"`
and its first child is `<openbadges:assertion verify="ASSERTION-URL">` holding
the assertion JSON in a CDATA section.
"""

import io

from defusedxml import minidom
from PIL import Image
from PIL.PngImagePlugin import PngInfo

OB2_KEYWORD = "openbadges"
OB3_KEYWORD = "openbadgecredential"
OPENBADGES_NS = "http://openbadges.org"
XMLNS_NS = "http://www.w3.org/2000/xmlns/"


def bake_png(png: bytes, keyword: str, payload: str) -> bytes:
    """The PNG re-encoded with only our iTXt chunk (earlier text chunks,
    including any baked badge, are dropped)."""
    info = PngInfo()
    info.add_itxt(keyword, payload)
    with Image.open(io.BytesIO(png)) as image:
        out = io.BytesIO()
        image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def unbake_png(png: bytes, keyword: str) -> str | None:
    with Image.open(io.BytesIO(png)) as image:
        image.load()
        return image.text.get(keyword)


def bake_svg(svg: bytes, assertion_url: str, payload: str) -> bytes:
    """The SVG with our assertion element (any earlier one is removed).

    Built through the DOM of a defusedxml parse (no entities, no DTD tricks),
    never by pasting text into the markup: the verify URL is an escaped
    attribute and the JSON a CDATA section. "]]>" cannot occur in JSON outside
    a string, and inside one it is written "]]\\u003e" (the same JSON), so the
    CDATA section cannot be closed early. Raises ValueError for a document that
    is not an SVG."""
    document = minidom.parseString(svg, forbid_dtd=True)
    root = document.documentElement
    if root.localName != "svg":
        raise ValueError("not an SVG document")
    for old in root.getElementsByTagNameNS(OPENBADGES_NS, "assertion"):
        old.parentNode.removeChild(old)
    root.setAttributeNS(XMLNS_NS, "xmlns:openbadges", OPENBADGES_NS)
    element = document.createElementNS(OPENBADGES_NS, "openbadges:assertion")
    element.setAttribute("verify", assertion_url)
    element.appendChild(document.createCDATASection(payload.replace("]]>", "]]\\u003e")))
    root.insertBefore(element, root.firstChild)
    return document.toxml(encoding="utf-8")


def unbake_svg(svg: bytes) -> tuple[str, str] | None:
    """(verify URL, JSON) of the baked assertion, or None."""
    document = minidom.parseString(svg, forbid_dtd=True)
    for element in document.documentElement.getElementsByTagNameNS(OPENBADGES_NS, "assertion"):
        text = "".join(node.data for node in element.childNodes if node.nodeType == node.CDATA_SECTION_NODE)
        return element.getAttribute("verify"), text
    return None
