"""The lesson block set: every block has a template and a preview that renders."""

import pytest
from django.core.files.base import ContentFile
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from wagtail.blocks import Block
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from courses.authoring import course_materials_collection
from courses.blocks import BaseStreamBlock
from tests.factories import UserFactory

STREAM = BaseStreamBlock()
BLOCK_NAMES = list(STREAM.child_blocks)
MEDIA_BLOCKS = ["image", "audio", "document"]


def block(name):
    return STREAM.child_blocks[name]


@pytest.fixture
def materials(db):
    """An image, a PDF and an MP3 in the "Course materials" collection."""
    collection = course_materials_collection()
    image = get_image_model().objects.create(title="Harjoitukset", file=get_test_image_file(), collection=collection)
    pdf = get_document_model().objects.create(
        title="Tervetulokansio",
        file=ContentFile(b"%PDF-1.4 tervetuloa", name="tervetulokansio.pdf"),
        collection=collection,
    )
    mp3 = get_document_model().objects.create(
        title="Tervehdys", file=ContentFile(b"ID3 tervehdys", name="tervehdys.mp3"), collection=collection
    )
    return {"image": image, "pdf": pdf, "mp3": mp3}


def test_the_block_set_is_the_one_in_the_issue():
    assert set(BLOCK_NAMES) == {
        "heading",
        "paragraph",
        "image",
        "video",
        "audio",
        "document",
        "callout",
        "reflection",
        "checklist",
        "digital_tool",
        "faq",
    }


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_block_names_a_template(name):
    assert getattr(block(name).meta, "template", None)


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_block_template_exists(name):
    try:
        get_template(block(name).meta.template)
    except TemplateDoesNotExist:
        pytest.fail(f"missing template {block(name).meta.template}")


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_block_has_a_preview_value_and_shows_a_preview_in_the_block_picker(name):
    definition = block(name)
    has_value = hasattr(definition.meta, "preview_value") or type(definition).get_preview_value is not (
        Block.get_preview_value
    )
    assert has_value
    assert definition.is_previewable


@pytest.mark.parametrize("name", sorted(set(BLOCK_NAMES) - set(MEDIA_BLOCKS)))
def test_block_renders_its_preview_value(name):
    definition = block(name)
    html = definition.render(definition.get_preview_value())
    assert html.strip()


def test_heading_preview_shows_its_text_as_a_heading():
    html = block("heading").render(block("heading").get_preview_value())
    assert "<h2" in html
    assert "Kulttuuri ja minä" in html


@pytest.mark.parametrize("name", MEDIA_BLOCKS)
def test_media_block_preview_renders_when_the_library_has_no_file_yet(db, name):
    definition = block(name)
    value = definition.get_preview_value()
    assert value[name] is None
    definition.render(value)  # no error for the missing file


def test_image_preview_shows_the_newest_course_image_with_its_alt_text(materials):
    value = block("image").get_preview_value()
    assert value["image"] == materials["image"]
    html = block("image").render(value)
    assert "<img" in html
    assert 'alt="Seuran jäsenet toivottavat uuden harrastajan tervetulleeksi harjoituksiin."' in html


def test_image_block_renders_a_constructed_value(materials):
    value = block("image").normalize(
        {"image": materials["image"], "alt_text": "Kaksi pelaajaa kättelee.", "caption": "Reilu peli"}
    )
    html = block("image").render(value)
    assert 'alt="Kaksi pelaajaa kättelee."' in html
    assert "Reilu peli" in html


def test_document_preview_links_to_a_course_document(materials):
    value = block("document").get_preview_value()
    assert value["document"] in (materials["pdf"], materials["mp3"])
    html = block("document").render(value)
    assert value["document"].url in html
    assert "Tervetulokansio uudelle jäsenelle (PDF)" in html


def test_audio_preview_plays_a_course_audio_file_not_a_pdf(materials):
    value = block("audio").get_preview_value()
    assert value["audio"] == materials["mp3"]
    html = block("audio").render(value)
    assert materials["mp3"].url in html
    assert "Hello and welcome!" in html


def test_lesson_body_with_every_block_renders(materials):
    stream_value = STREAM.normalize(
        [(name, block(name).get_preview_value()) for name in BLOCK_NAMES],
    )
    html = STREAM.render(stream_value)
    for text in ("Kulttuuri ja minä", "Vinkki", "Jitsi Meet", "Tarvitaanko tulkki?"):
        assert text in html


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_block_preview_in_the_admin_answers_200(db, client, settings, name):
    editor = UserFactory(is_superuser=True, is_staff=True)
    settings.MFA_EXEMPT_EMAILS = [editor.email]
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block(name).definition_prefix})
    assert response.status_code == 200
