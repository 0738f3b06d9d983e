"""The plan upload refuses archives and PDFs that are not what they claim,
without ever inflating what it inspects (issue 17, defect 1)."""

import io
import tracemalloc
import zipfile
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from readiness import services
from readiness.models import AssociationReadiness
from tests.readiness.helpers import PDF

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
MiB = 1024 * 1024


def plan_url(association):
    return reverse("readiness:plan", kwargs={"slug": association.slug})


def plan_post(upload):
    today = timezone.localdate()
    return {
        "plan_file": upload,
        "board_approved_on": (today - timedelta(days=5)).isoformat(),
        "review_date": (today + timedelta(days=365)).isoformat(),
    }


def zip_bytes(entries: dict[str, bytes], *, stream: dict[str, int] | None = None) -> bytes:
    """A deflated zip; `stream` adds entries of N zero bytes written in 1 MiB
    chunks, so a 200 MiB bomb never exists uncompressed in the test either."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
        for name, size in (stream or {}).items():
            with archive.open(name, "w") as handle:
                chunk = bytes(MiB)
                for _ in range(size // MiB):
                    handle.write(chunk)
    return buffer.getvalue()


def odt_bytes(**extra: bytes) -> bytes:
    return zip_bytes({"mimetype": ODT_MIMETYPE, "content.xml": b"<office:document-content/>", **extra})


def docx_bytes(**extra: bytes) -> bytes:
    return zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<document/>", **extra})


@pytest.fixture(scope="module")
def odt_bomb_200mb() -> bytes:
    """The reported attack: an ODT whose mimetype entry inflates to 200 MiB (≈200 kB on the wire)."""
    return zip_bytes({}, stream={"mimetype": 200 * MiB})


def refused(client, world, name, content):
    client.force_login(world.contact_a)
    response = client.post(plan_url(world.a), plan_post(SimpleUploadedFile(name, content)))
    assert response.status_code == 200
    return response.content.decode()


def test_valid_odt_plan_is_accepted(client, world, team):
    client.force_login(world.contact_a)
    response = client.post(plan_url(world.a), plan_post(SimpleUploadedFile("plan.odt", odt_bytes())))
    assert response.status_code == 302
    assert AssociationReadiness.objects.get(association=world.a).plan_filename == "plan.odt"


def test_odt_bomb_is_refused_quickly_without_inflating_it(client, world, team, odt_bomb_200mb):
    client.force_login(world.contact_a)
    upload = SimpleUploadedFile("plan.odt", odt_bomb_200mb)
    # Memory, not wall-clock time: it does not depend on how busy the machine is.
    tracemalloc.start()
    response = client.post(plan_url(world.a), plan_post(upload))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert response.status_code == 200
    assert "unpacks to far more data" in response.content.decode()
    assert peak < 20 * MiB  # the request itself, not 200 MiB of zeros


def test_few_megabyte_inflation_of_the_mimetype_is_refused(client, world, team):
    bomb = zip_bytes({"content.xml": b"<office:document-content/>"}, stream={"mimetype": 4 * MiB})
    assert len(bomb) < 20_000
    assert "unpacks to far more data" in refused(client, world, "plan.odt", bomb)


def test_docx_bomb_in_an_inner_part_is_refused(client, world, team):
    bomb = zip_bytes(
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<document/>"}, stream={"word/media/x.bin": 4 * MiB}
    )
    assert "unpacks to far more data" in refused(client, world, "plan.docx", bomb)


def test_archive_with_too_many_entries_is_refused(client, world, team):
    many = {f"word/media/{i}.xml": b"" for i in range(3000)}
    assert "too many parts" in refused(client, world, "plan.docx", docx_bytes(**many))


@pytest.mark.parametrize("name", ["word/embeddings/setup.exe", "Scripts/run.PS1", "word/macro.vbs", "x/tool.jar"])
def test_docx_carrying_an_executable_is_refused(client, world, team, name):
    assert "contains a program" in refused(client, world, "plan.docx", docx_bytes(**{name: b"payload"}))


def test_odt_carrying_a_disguised_windows_program_is_refused(client, world, team):
    disguised = odt_bytes(**{"Pictures/logo.png": b"MZ\x90\x00\x03\x00\x00\x00" + bytes(64)})
    assert "contains a program" in refused(client, world, "plan.odt", disguised)


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.4\n<html><body><script>alert(1)</script></body></html>",
        b"%PDF-1.7\n<!DOCTYPE html>\n<svg onload=alert(1)>",
        b"%PDF-1.4\n" + b" " * 2000 + b"<SCRIPT>steal()</SCRIPT>",
    ],
)
def test_pdf_header_followed_by_html_is_refused(client, world, team, content):
    assert "not a valid PDF" in refused(client, world, "plan.pdf", content)


def test_real_pdf_structure_is_accepted(client, world, team):
    client.force_login(world.contact_a)
    content = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    response = client.post(plan_url(world.a), plan_post(SimpleUploadedFile("plan.pdf", content)))
    assert response.status_code == 302


def test_refused_bomb_keeps_the_plan_already_saved(client, world, team):
    today = timezone.localdate()
    services.save_plan(
        world.a,
        world.contact_a,
        upload=ContentFile(PDF, name="approved.pdf"),
        board_approved_on=today - timedelta(days=30),
        review_date=today + timedelta(days=300),
    )
    bomb = zip_bytes({}, stream={"mimetype": 4 * MiB})
    refused(client, world, "plan.odt", bomb)
    record = AssociationReadiness.objects.get(association=world.a)
    assert record.plan_filename == "approved.pdf"
    assert record.plan_board_approved_on == today - timedelta(days=30)
    assert record.plan_file.read() == PDF
