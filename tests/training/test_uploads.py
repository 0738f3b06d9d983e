"""training.uploads inspects archives with bounded reads only."""

import io
import tracemalloc
import zipfile

import pytest

from training.uploads import (
    REASON_INFLATES_TOO_MUCH,
    REASON_MEMBER_TOO_LARGE,
    REASON_NOT_AN_ARCHIVE,
    REASON_TOO_MANY_ENTRIES,
    ArchiveLimits,
    SafeArchive,
    UnsafeUpload,
    looks_like_pdf,
    read_member,
)

MiB = 1024 * 1024
NO_SIZE_LIMITS = ArchiveLimits(max_entry_bytes=10**12, max_total_bytes=10**12, max_ratio=10**9)


def zeros_zip(name: str, size: int) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, archive.open(name, "w") as handle:
        chunk = bytes(MiB)
        for _ in range(size // MiB):
            handle.write(chunk)
    buffer.seek(0)
    return buffer


def test_read_member_decompresses_only_what_it_returns():
    upload = zeros_zip("mimetype", 64 * MiB)
    with SafeArchive(upload, NO_SIZE_LIMITS) as archive:
        tracemalloc.start()
        with pytest.raises(UnsafeUpload) as refusal:
            read_member(archive, "mimetype", 256)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert refusal.value.reason == REASON_MEMBER_TOO_LARGE
    assert peak < 1 * MiB


def test_declared_size_over_the_limit_is_refused_before_reading():
    with pytest.raises(UnsafeUpload) as refusal, SafeArchive(zeros_zip("a.xml", 8 * MiB), ArchiveLimits()):
        pass
    assert refusal.value.reason == REASON_INFLATES_TOO_MUCH


def test_entry_count_is_refused_from_the_end_record_alone():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i in range(11):
            archive.writestr(f"{i}.xml", b"")
    with pytest.raises(UnsafeUpload) as refusal, SafeArchive(buffer, ArchiveLimits(max_entries=10)):
        pass
    assert refusal.value.reason == REASON_TOO_MANY_ENTRIES


def test_garbage_is_not_an_archive_and_the_position_is_restored():
    upload = io.BytesIO(b"PK\x03\x04garbage")
    with pytest.raises(UnsafeUpload) as refusal, SafeArchive(upload):
        pass
    assert refusal.value.reason == REASON_NOT_AN_ARCHIVE
    assert upload.tell() == 0


def test_pdf_with_object_structure_may_mention_html_after_the_first_kilobyte():
    content = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n" + b" " * 2000 + b"(<html> in a text run) Tj\n%%EOF\n"
    assert looks_like_pdf(io.BytesIO(content))
