"""Bounded inspection of uploaded documents (ZIP-based office files and PDFs).

Guarantees, for any upload whatever it claims to be:

- Nothing is ever inflated beyond a fixed budget. The entry count is read from
  the archive's end record before the central directory is parsed; declared
  sizes, the total and the compression ratio are checked before any entry is
  opened; and every read of an entry is a bounded streaming read
  (`read_member`: at most `max_bytes + 1` bytes are decompressed, whatever
  the archive declares), so a lying header cannot make us read more.
- Memory and time are bounded by the upload's own size plus `ArchiveLimits`,
  never by what the archive unpacks to.
- The functions only read: nothing is extracted to disk and the file's
  position is restored, so the caller can store the upload afterwards.

What they do not do: recurse into archives inside archives (a nested `.jar`
or `.zip` is refused by name only when its extension says so), run an
antivirus, or validate the document beyond its container and first bytes.

Refusals raise `UnsafeUpload` with a `reason` (one of the `REASON_*`
constants) that the caller turns into its own translated message.
"""

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass

MiB = 1024 * 1024

REASON_NOT_AN_ARCHIVE = "not_an_archive"
REASON_TOO_MANY_ENTRIES = "too_many_entries"
REASON_INFLATES_TOO_MUCH = "inflates_too_much"
REASON_EXECUTABLE = "executable"
REASON_MEMBER_TOO_LARGE = "member_too_large"

# Programs a document never needs to carry; compared case-insensitively.
EXECUTABLE_EXTENSIONS = frozenset(
    {".exe", ".dll", ".bat", ".cmd", ".com", ".js", ".vbs", ".msi", ".scr", ".ps1", ".sh", ".jar"}
)
# Magic numbers of native programs: Windows PE ("MZ") and ELF.
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF")

_END_OF_CENTRAL_DIRECTORY = b"PK\x05\x06"
_END_RECORD_SIZE = 22
_MAX_COMMENT = 65535
# What a damaged, encrypted or exotic archive raises while it is read.
_UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    EOFError,
    OSError,
    zlib.error,
)


class UnsafeUpload(ValueError):
    """The upload is refused; `reason` says why, `detail` names the offending entry if any."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ArchiveLimits:
    """What an inspected archive may declare. Defaults suit office documents
    of at most a few tens of MB."""

    max_entries: int = 2000
    max_entry_bytes: int = 50 * MiB
    max_total_bytes: int = 100 * MiB
    # Deflated XML and text rarely exceed 20:1; zeros reach 1000:1. Entries
    # smaller than `ratio_floor_bytes` are never refused for their ratio
    # (tiny files compress oddly and cannot hurt).
    max_ratio: int = 100
    ratio_floor_bytes: int = 1 * MiB


def _declared_entry_count(fileobj) -> int | None:
    """The entry count of the end-of-central-directory record, read from the
    file's last 64 kB, or None when there is no such record (not a zip)."""
    fileobj.seek(0, 2)
    size = fileobj.tell()
    tail_size = min(size, _END_RECORD_SIZE + _MAX_COMMENT)
    fileobj.seek(size - tail_size)
    tail = fileobj.read(tail_size)
    at = tail.rfind(_END_OF_CENTRAL_DIRECTORY)
    if at < 0 or len(tail) - at < _END_RECORD_SIZE:
        return None
    # Offset 10: total number of entries (0xFFFF means "see the ZIP64 record").
    (count,) = struct.unpack("<H", tail[at + 10 : at + 12])
    return count


def read_member(archive: zipfile.ZipFile, name: str, max_bytes: int) -> bytes:
    """At most `max_bytes` of the entry, decompressed by streaming; raises
    `UnsafeUpload(REASON_MEMBER_TOO_LARGE)` if the entry holds more. Never
    decompresses more than `max_bytes + 1` bytes (plus one internal block).
    A missing entry raises KeyError; a damaged or encrypted one, UnsafeUpload."""
    try:
        with archive.open(name) as handle:
            data = handle.read(max_bytes + 1)
    except _UNREADABLE as error:
        raise UnsafeUpload(REASON_NOT_AN_ARCHIVE, name) from error
    if len(data) > max_bytes:
        raise UnsafeUpload(REASON_MEMBER_TOO_LARGE, name)
    return data


def _check_declared_sizes(infos: list[zipfile.ZipInfo], limits: ArchiveLimits) -> None:
    total = 0
    for info in infos:
        total += info.file_size
        ratio_too_high = info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        )
        if info.file_size > limits.max_entry_bytes or total > limits.max_total_bytes or ratio_too_high:
            raise UnsafeUpload(REASON_INFLATES_TOO_MUCH, info.filename)


def _check_no_executables(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    for info in infos:
        if info.is_dir():
            continue
        lowered = info.filename.lower()
        if any(lowered.endswith(extension) for extension in EXECUTABLE_EXTENSIONS):
            raise UnsafeUpload(REASON_EXECUTABLE, info.filename)
        # Four bytes: enough for every magic number, and one small block inflated at most.
        with archive.open(info) as handle:
            head = handle.read(4)
        if head.startswith(EXECUTABLE_MAGIC):
            raise UnsafeUpload(REASON_EXECUTABLE, info.filename)


class SafeArchive:
    """A context manager: `with SafeArchive(upload) as archive:` yields an open
    `zipfile.ZipFile` that has passed every check (count, declared sizes,
    ratio, no programs by name or magic number). Read entries from it only
    with `read_member`. The upload's position is restored on exit."""

    def __init__(self, fileobj, limits: ArchiveLimits | None = None, *, allow_executables: bool = False):
        self.fileobj = fileobj
        self.limits = limits or ArchiveLimits()
        self.allow_executables = allow_executables
        self._archive = None

    def __enter__(self) -> zipfile.ZipFile:
        self._position = self.fileobj.tell()
        try:
            count = _declared_entry_count(self.fileobj)
            if count is None:
                raise UnsafeUpload(REASON_NOT_AN_ARCHIVE)
            # 0xFFFF defers to a ZIP64 record: an office document never needs one.
            if count > self.limits.max_entries:
                raise UnsafeUpload(REASON_TOO_MANY_ENTRIES)
            self.fileobj.seek(0)
            self._archive = zipfile.ZipFile(self.fileobj)
            infos = self._archive.infolist()
            if len(infos) > self.limits.max_entries:
                raise UnsafeUpload(REASON_TOO_MANY_ENTRIES)
            _check_declared_sizes(infos, self.limits)
            if not self.allow_executables:
                _check_no_executables(self._archive, infos)
        except _UNREADABLE as error:
            self._close()
            raise UnsafeUpload(REASON_NOT_AN_ARCHIVE) from error
        except UnsafeUpload:
            self._close()
            raise
        return self._archive

    def __exit__(self, *exc_info) -> None:
        self._close()

    def _close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None
        self.fileobj.seek(self._position)


# Markup a browser would run, as browsers sniff it (tag names, case-insensitive).
_HTML_MARKUP = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|script|iframe|svg|object|embed|meta)\b", re.I)
_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")
PDF_SNIFF_BYTES = 1024
PDF_HEAD_BYTES = 64 * 1024
PDF_TAIL_BYTES = 4096


def looks_like_pdf(fileobj) -> bool:
    """True when the file starts with `%PDF-`, has no HTML markup where
    browsers sniff (the first kB), and, if HTML markup appears later in the
    first 64 kB, has a real PDF structure (an `N N obj` and a `%%EOF` near
    the end). Reads at most 68 kB; the position is restored."""
    position = fileobj.tell()
    try:
        fileobj.seek(0)
        head = fileobj.read(PDF_HEAD_BYTES)
        if not head.startswith(b"%PDF-"):
            return False
        if _HTML_MARKUP.search(head[:PDF_SNIFF_BYTES]):
            return False
        if _HTML_MARKUP.search(head):
            fileobj.seek(0, 2)
            size = fileobj.tell()
            fileobj.seek(max(0, size - PDF_TAIL_BYTES))
            tail = fileobj.read(PDF_TAIL_BYTES)
            return bool(_PDF_OBJECT.search(head)) and b"%%EOF" in tail
        return True
    finally:
        fileobj.seek(position)
