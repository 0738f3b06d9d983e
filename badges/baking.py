"""Baking: the badge JSON inside the image, so the file itself can be verified.

PNG: one uncompressed iTXt chunk without a language tag (Pillow's
`add_itxt` defaults), keyword `openbadges` (2.0) or `openbadgecredential` (3.0).
"""

import io

from PIL import Image
from PIL.PngImagePlugin import PngInfo

OB2_KEYWORD = "openbadges"
OB3_KEYWORD = "openbadgecredential"


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
