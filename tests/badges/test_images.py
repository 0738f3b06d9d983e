"""Badge images: generated with Pillow, uploads checked (PNG soundness and
size, decompression bombs, SVG without scripts, handlers or external refs)."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from badges import images
from badges.forms import BadgeClassAdminForm
from badges.models import BadgeClass


def png_bytes(size=(64, 64), colour="red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def png_with_header_size(width: int, height: int) -> bytes:
    """A tiny PNG file that claims huge dimensions (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_generated_image_is_a_square_png():
    with Image.open(io.BytesIO(images.generate_png("Kulttuurien kohtaaminen", "#1f6f8b", "star"))) as image:
        assert image.format == "PNG" and image.size == (images.SIZE, images.SIZE)


def test_generated_image_tolerates_a_bad_colour_and_long_name():
    png = images.generate_png("A very long badge name " * 10, "not-a-colour")
    assert png.startswith(b"\x89PNG")


def test_sound_png_is_accepted():
    images.validate_png(png_bytes())


def test_decompression_bomb_is_a_clear_error():
    with pytest.raises(ValidationError, match="too many pixels"):
        images.validate_png(png_with_header_size(40_000, 40_000))


def test_corrupted_png_is_a_clear_error():
    data = png_bytes()
    with pytest.raises(ValidationError, match="not a valid image"):
        images.validate_png(data[:60] + b"garbage" * 10)


def test_oversized_file_is_refused():
    with pytest.raises(ValidationError, match="too large"):
        images.validate_png(b"\x89PNG" + b"\x00" * (images.MAX_UPLOAD_BYTES + 1))


def test_too_many_pixels_below_the_bomb_limit_is_refused():
    with pytest.raises(ValidationError, match="too big"):
        images.validate_png(png_bytes(size=(images.MAX_DIMENSION + 1, 10)))


def test_jpeg_is_refused():
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "JPEG")
    with pytest.raises(ValidationError, match="PNG or SVG"):
        images.validate_png(out.getvalue())


CLEAN_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#123"/></svg>'
)


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="x()"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<image xlink:href="https://evil.example/x.png"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><use href="data:image/svg+xml;base64,AAAA"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://evil.example/a)"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/a.css);</style></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>',
        b'<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
    ],
)
def test_unsafe_svg_is_refused(svg):
    with pytest.raises(ValidationError):
        images.check_svg(svg)


def test_clean_svg_with_internal_references_is_accepted():
    images.check_svg(
        b'<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs>'
        b'<rect fill="url(#g)" width="4" height="4"/></svg>'
    )
    images.check_svg(CLEAN_SVG)


def test_broken_svg_is_refused():
    with pytest.raises(ValidationError, match="not a valid SVG"):
        images.check_svg(b"<svg><unclosed></svg>")


def form_data(**overrides):
    data = {
        "name": "Uploaded badge",
        "kind": "manual",
        "description": "d",
        "criteria_narrative": "c",
        "colour": "#1f6f8b",
        "icon": "",
        "alignment": "[]",
        "tags": "[]",
        "active": "on",
    }
    data.update(overrides)
    return data


def admin_form_class():
    """The form the Wagtail snippet editor builds on BadgeClassAdminForm."""
    from badges.wagtail_hooks import BadgeClassViewSet

    form_class = BadgeClassViewSet.edit_handler.bind_to_model(BadgeClass).get_form_class()
    assert issubclass(form_class, BadgeClassAdminForm)
    return form_class


def admin_form(upload=None, **overrides):
    files = {"image": upload} if upload else {}
    return admin_form_class()(data=form_data(**overrides), files=files, instance=BadgeClass())


def test_admin_form_shows_the_bomb_error_on_the_image_field(db):
    form = admin_form(SimpleUploadedFile("bomb.png", png_with_header_size(40_000, 40_000), "image/png"))
    assert not form.is_valid()
    assert "too many pixels" in form.errors["image"][0]


def test_admin_form_shows_a_corrupt_image_error(db):
    form = admin_form(SimpleUploadedFile("broken.png", b"\x89PNG\r\n\x1a\nnot really", "image/png"))
    assert not form.is_valid()
    assert "not a valid image" in form.errors["image"][0]


def test_admin_form_refuses_svg_with_script(db):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    form = admin_form(SimpleUploadedFile("x.svg", svg, "image/svg+xml"))
    assert not form.is_valid()
    assert "script" in form.errors["image"][0]


def test_admin_form_saves_a_clean_svg_and_serves_it_with_a_strict_csp(db, client):
    form = admin_form(SimpleUploadedFile("ok.svg", CLEAN_SVG, "image/svg+xml"))
    assert form.is_valid(), form.errors
    badge = form.save()
    response = client.get(f"/openbadges/badges/{badge.pk}/image")
    assert response["Content-Type"] == "image/svg+xml"
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_admin_form_without_upload_generates_the_image(db):
    form = admin_form()
    assert form.is_valid(), form.errors
    badge = form.save()
    assert badge.image.name.endswith(f"{badge.pk}.png")


def test_admin_form_refuses_a_bad_colour_and_alignment(db):
    form = admin_form(colour="red", alignment='[{"targetName": "x"}]')
    assert not form.is_valid()
    assert set(form.errors) >= {"colour", "alignment"}
