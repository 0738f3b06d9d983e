"""Public media with MEDIA_STORAGE=s3: Wagtail images, renditions, documents
(lesson audio is a document) and badge images go to the public bucket and are
served from it (documents through Wagtail's serve view), never to the private one."""

import io
import urllib.request

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.storage.conftest import keys
from tests.storage.test_private_bucket import anonymous_get


def png_bytes(size=(64, 48)) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def upload_image(name="photo.png"):
    return get_image_model().objects.create(title="Photo", file=ImageFile(io.BytesIO(png_bytes()), name=name))


def test_image_upload_lands_in_the_public_bucket(db, s3):
    image = upload_image()
    assert keys(s3.client, s3.public) == [image.file.name]
    assert image.file.name.startswith("original_images/")
    assert keys(s3.client, s3.private) == []


def test_image_url_is_plain_and_served_to_anyone(db, s3):
    image = upload_image()
    url = image.file.url
    assert url.startswith(f"{s3.endpoint}/{s3.public}/") and "Signature" not in url
    assert anonymous_get(url) == 200


def test_rendition_is_stored_in_the_public_bucket_and_served(db, s3):
    image = upload_image()
    rendition = image.get_rendition("fill-32x32")
    assert rendition.file.name in keys(s3.client, s3.public)
    with urllib.request.urlopen(rendition.url, timeout=5) as response:  # noqa: S310 -- http://127.0.0.1 only
        body = response.read()
    with PILImage.open(io.BytesIO(body)) as served:
        assert served.size == (32, 32)


def test_image_with_a_huge_hostile_name_is_stored_and_served(db, s3):
    image = upload_image(name="../../" + "ö" * 300 + "<x>.png")
    (key,) = keys(s3.client, s3.public)
    assert key == image.file.name and key.startswith("original_images/")
    assert not {"..", "."} & set(key.split("/"))
    assert len(key) <= 100
    assert anonymous_get(image.file.url) == 200
    assert anonymous_get(image.get_rendition("max-20x20").url) == 200


def test_document_is_stored_in_the_public_bucket_and_served_by_the_serve_view(client, db, s3):
    document = get_document_model().objects.create(title="Recording", file=ContentFile(b"ID3audio", name="talk.mp3"))
    assert keys(s3.client, s3.public) == [document.file.name]
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"ID3audio"


def test_badge_class_image_is_stored_in_the_public_bucket(db, s3):
    from tests.badges.factories import BadgeClassFactory

    badge = BadgeClassFactory()
    badge.image.save("badge.png", ContentFile(png_bytes((90, 90))))
    assert badge.image.name in keys(s3.client, s3.public)
    with badge.image.open("rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
