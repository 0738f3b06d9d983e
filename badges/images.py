"""Badge images: generated with Pillow from a name and a colour (and an
optional icon), or uploaded and checked (PNG; SVG only when it is clean)."""

import io
import re
import textwrap
import warnings
from xml.etree import ElementTree

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageDraw, ImageFont

SIZE = 400
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_DIMENSION = 2048

ICONS = [
    ("", gettext_lazy("No icon")),
    ("star", gettext_lazy("Star")),
    ("check", gettext_lazy("Check mark")),
    ("heart", gettext_lazy("Heart")),
    ("globe", gettext_lazy("Globe")),
]

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def _rgb(colour: str) -> tuple[int, int, int]:
    if not _HEX.match(colour or ""):
        colour = "#1f6f8b"
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _text_colour(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    # Dark text on light colours, white on dark ones (relative luminance).
    luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    return (20, 20, 20) if luminance > 150 else (255, 255, 255)


def _draw_icon(draw: ImageDraw.ImageDraw, icon: str, fill) -> None:
    cx, cy, r = SIZE // 2, 120, 44
    if icon == "star":
        import math

        points = []
        for i in range(10):
            radius = r if i % 2 == 0 else r * 0.45
            angle = math.pi / 2 + i * math.pi / 5
            points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
        draw.polygon(points, fill=fill)
    elif icon == "check":
        draw.line([(cx - r, cy), (cx - r / 3, cy + r * 0.7), (cx + r, cy - r * 0.7)], fill=fill, width=14)
    elif icon == "heart":
        draw.ellipse([cx - r, cy - r * 0.8, cx, cy + r * 0.2], fill=fill)
        draw.ellipse([cx, cy - r * 0.8, cx + r, cy + r * 0.2], fill=fill)
        draw.polygon([(cx - r + 2, cy - r * 0.15), (cx + r - 2, cy - r * 0.15), (cx, cy + r)], fill=fill)
    elif icon == "globe":
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=fill, width=6)
        draw.ellipse([cx - r / 2.2, cy - r, cx + r / 2.2, cy + r], outline=fill, width=5)
        draw.line([(cx - r, cy), (cx + r, cy)], fill=fill, width=5)


def generate_png(name: str, colour: str, icon: str = "") -> bytes:
    """A round badge with the name written on it. Deterministic for the same input."""
    rgb = _rgb(colour)
    ink = _text_colour(rgb)
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, SIZE - 8, SIZE - 8], fill=(*rgb, 255), outline=(*ink, 255), width=6)
    draw.ellipse([28, 28, SIZE - 28, SIZE - 28], outline=(*ink, 160), width=2)
    if icon:
        _draw_icon(draw, icon, (*ink, 255))
    lines = textwrap.wrap(name, width=16)[:4] or [""]
    font = ImageFont.load_default(size=34 if len(lines) <= 2 else 28)
    line_height = font.size + 8
    top = (SIZE // 2 + 10) if icon else (SIZE - line_height * len(lines)) // 2
    for number, line in enumerate(lines):
        draw.text((SIZE // 2, top + number * line_height), line, font=font, fill=(*ink, 255), anchor="ma")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def validate_png(data: bytes) -> None:
    """Refuse what is not a sound, reasonably sized PNG (ValidationError with a
    message for the person uploading). Pillow's decompression-bomb limit is an
    error here, not a warning."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The image is too large: at most %(size)s MB.") % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image_format = image.format
                width, height = image.size
                image.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(_("The image has too many pixels to be processed safely.")) from None
    except Exception:
        raise ValidationError(_("The file is not a valid image, or it is damaged.")) from None
    if image_format != "PNG":
        raise ValidationError(_("Upload a PNG or SVG image."))
    if width > MAX_DIMENSION or height > MAX_DIMENSION:
        raise ValidationError(_("The image is too big: at most %(max)s × %(max)s pixels.") % {"max": MAX_DIMENSION})


_SVG_NS = "http://www.w3.org/2000/svg"
_FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler"}
_URL_IN_CSS = re.compile(r"url\s*\(\s*['\"]?\s*(?!#)", re.IGNORECASE)


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def check_svg(data: bytes) -> None:
    """Accept an SVG only when it cannot run code or load anything: no scripts,
    no event-handler attributes, no references outside the document, no DTD.
    Refusing is clearer and safer than silently rewriting the picture."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The image is too large: at most %(size)s MB.") % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
        )
    lowered = data.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        raise ValidationError(_("SVG files with a document type declaration are not accepted."))
    try:
        # Safe here: documents with a DTD were refused above, and expat never fetches external entities.
        root = ElementTree.fromstring(data)  # noqa: S314
    except ElementTree.ParseError:
        raise ValidationError(_("The file is not a valid SVG image.")) from None
    if _local_name(root.tag) != "svg":
        raise ValidationError(_("The file is not a valid SVG image."))
    for element in root.iter():
        name = _local_name(element.tag)
        if name in _FORBIDDEN_ELEMENTS:
            raise ValidationError(_("The SVG contains a script or embedded content, which is not allowed."))
        if (
            name == "style"
            and (element.text or "")
            and (_URL_IN_CSS.search(element.text) or "@import" in element.text.lower())
        ):
            raise ValidationError(_("The SVG refers to files outside itself, which is not allowed."))
        for attribute, value in element.attrib.items():
            attr = _local_name(attribute)
            if attr.startswith("on"):
                raise ValidationError(_("The SVG contains event handlers (on… attributes), which are not allowed."))
            if attr in {"href", "src"} and not value.strip().startswith("#"):
                raise ValidationError(_("The SVG refers to files outside itself, which is not allowed."))
            if _URL_IN_CSS.search(value) or "javascript:" in value.lower():
                raise ValidationError(_("The SVG refers to files outside itself, which is not allowed."))
