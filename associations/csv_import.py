"""Reading a member list (CSV) uploaded by an association contact.

Pure parsing: bytes in, rows and row errors out. Nothing here touches the
database; `associations.import_service` plans and applies the result.

Guarantees:

- Encoding: UTF-8 with or without a byte order mark; otherwise Windows-1252
  (what Excel writes as "CSV" on Finnish Windows). Anything else, NUL bytes,
  control characters or a spreadsheet file is refused with a clear message.
- Separator: `;`, `,` or tab, detected from the header line.
- Header names are case-insensitive, in English, Finnish or Swedish. The e-mail
  column is required; name and role are optional (role defaults to member).
- Cell text is kept exactly as written (only surrounding spaces are removed).
  Cells that look like spreadsheet formulas (`= + - @`) are plain text here:
  they are never evaluated, and templates escape them like any other text.
- Duplicates within the file are marked (`duplicate_of` the first line) rather
  than reported as errors: importing them changes nothing.
- Problems in one line are row errors (line number + message); problems with
  the whole file raise `ImportFileError`. Nothing raises anything else.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import asdict, dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from associations.models import Role

MAX_FILE_BYTES = 1024 * 1024
MAX_ROWS = 5000
MAX_NAME_LENGTH = 200
MAX_EMAIL_LENGTH = 254
FORMULA_PREFIXES = ("=", "+", "-", "@")

ENCODING_UTF8_BOM = "utf-8-sig"
ENCODING_UTF8 = "utf-8"
ENCODING_CP1252 = "cp1252"

ENCODING_LABELS = {
    ENCODING_UTF8_BOM: gettext_lazy("UTF-8 (with byte order mark)"),
    ENCODING_UTF8: gettext_lazy("UTF-8"),
    ENCODING_CP1252: gettext_lazy("Windows-1252 (Excel)"),
}
DELIMITER_LABELS = {
    ";": gettext_lazy("semicolon (;)"),
    ",": gettext_lazy("comma (,)"),
    "\t": gettext_lazy("tab"),
}

# Header names, compared after `_header_key` (case-folded, without spaces,
# hyphens, underscores and dots).
COLUMN_SYNONYMS = {
    "email": {
        "email",
        "emailaddress",
        "mail",
        "sähköposti",
        "sähköpostiosoite",
        "sposti",
        "epost",
        "epostadress",
    },
    "name": {"name", "fullname", "nimi", "kokonimi", "namn", "fullständigtnamn"},
    "role": {"role", "rooli", "roll", "tehtävä"},
}
COLUMN_LABELS = {"email": "email", "name": "name", "role": "role"}

# Role words, compared case-folded with runs of spaces, hyphens and
# underscores collapsed to one space.
ROLE_SYNONYMS = {
    Role.MEMBER: {"member", "jäsen", "medlem"},
    Role.BOARD_MEMBER: {
        "board member",
        "board",
        "hallituksen jäsen",
        "hallitus",
        "styrelsemedlem",
        "styrelseledamot",
        "styrelse",
    },
    Role.COACH: {
        "coach",
        "instructor",
        "coach or instructor",
        "trainer",
        "valmentaja",
        "ohjaaja",
        "tränare",
        "instruktör",
        "ledare",
    },
    Role.CONTACT: {"contact", "contact person", "association contact", "yhteyshenkilö", "kontaktperson"},
}
_ROLE_LOOKUP = {word: role.value for role, words in ROLE_SYNONYMS.items() for word in words}
_ROLE_LOOKUP.update({role.value.replace("_", " "): role.value for role in Role})

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_email_validator = EmailValidator(allowlist=[])


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message is for the person."""


# Row error codes and their messages. Errors are stored as code + params so
# that the preview can show them in the language of whoever reads it.
ROW_ERROR_MESSAGES = {
    "email_missing": gettext_lazy("The e-mail address is missing."),
    "email_invalid": gettext_lazy("“%(value)s” is not a valid e-mail address."),
    "email_too_long": gettext_lazy("The e-mail address is longer than %(limit)s characters."),
    "name_too_long": gettext_lazy("The name is %(length)s characters long; at most %(limit)s are allowed."),
    "role_unknown": gettext_lazy(
        "Unknown role “%(value)s”. Use member, board member, coach or contact (or leave it empty for member)."
    ),
    "too_many_cells": gettext_lazy(
        "The line has %(found)s cells but the header has %(expected)s. "
        "Put text that contains the separator in double quotes."
    ),
    "field_too_large": gettext_lazy(
        "A cell is longer than %(limit)s characters, so this line could not be read. "
        "Check the line for a missing closing quote or pasted text."
    ),
    "unreadable": gettext_lazy("This line could not be read: %(detail)s."),
}

ROW_NOTE_MESSAGES = {
    "formula_as_text": gettext_lazy("Starts with “%(char)s”: kept as plain text, not as a formula."),
    "role_not_changed": gettext_lazy(
        "Already a member with the role “%(role)s”; an import does not change roles. "
        "Change the role on the members page if needed."
    ),
}


def row_error_message(code: str, params: dict) -> str:
    """The row error `code` in the active language."""
    template = ROW_ERROR_MESSAGES.get(code)
    if template is None:
        return str(params.get("message", code))
    return str(template) % params


def row_note_message(code: str, params: dict) -> str:
    """A non-blocking note on a row, in the active language."""
    template = ROW_NOTE_MESSAGES.get(code)
    if template is None:
        return code
    if code == "role_not_changed" and params.get("role") in Role.values:
        params = {**params, "role": Role(params["role"]).label}
    return str(template) % params


@dataclass
class ParsedRow:
    line: int
    email: str
    name: str
    role: str
    duplicate_of: int | None = None
    notes: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class RowError:
    line: int
    code: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return row_error_message(self.code, self.params)

    def as_dict(self) -> dict:
        return {"line": self.line, "code": self.code, "params": self.params, "message": self.message}


@dataclass
class ParseResult:
    encoding: str
    delimiter: str
    rows: list[ParsedRow]
    errors: list[RowError]
    ignored_columns: list[str] = field(default_factory=list)


def shorten(value: str, limit: int = 60) -> str:
    """`value` cut to `limit` characters for messages (a cell may be 200,000 long)."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


# Decoding -------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) for UTF-8 (with or without BOM) or Windows-1252 bytes."""
    if not data.strip():
        raise ImportFileError(no_rows_message())
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            _(
                "The file is saved as UTF-16 (“Unicode text”). "
                "Save it as “CSV UTF-8 (comma delimited)” and upload it again."
            )
        )
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            _(
                "This is a spreadsheet workbook (for example .xlsx), not a CSV file. "
                "In your spreadsheet program choose Save as → “CSV UTF-8” and upload that file."
            )
        )
    if b"\x00" in data:
        raise ImportFileError(
            _(
                "The file contains NUL bytes, so it is not a text (CSV) file. "
                "Save it as “CSV UTF-8” and upload it again."
            )
        )
    if data.startswith(codecs.BOM_UTF8):
        try:
            text, encoding = data[len(codecs.BOM_UTF8) :].decode("utf-8"), ENCODING_UTF8_BOM
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                _(
                    "The file is marked as UTF-8 but byte %(position)s is not valid UTF-8. "
                    "Save it again as “CSV UTF-8” and upload it again."
                )
                % {"position": exc.start + len(codecs.BOM_UTF8) + 1}
            ) from None
    else:
        try:
            text, encoding = data.decode("utf-8"), ENCODING_UTF8
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), ENCODING_CP1252
            except UnicodeDecodeError:
                raise ImportFileError(
                    _(
                        "The file is neither UTF-8 nor Windows-1252 text, so its letters cannot be read reliably. "
                        "Save it as “CSV UTF-8” and upload it again."
                    )
                ) from None
    if _CONTROL_CHARS.search(text):
        raise ImportFileError(
            _(
                "The file contains control characters, so it is not a plain text (CSV) file. "
                "Save it as “CSV UTF-8” and upload it again."
            )
        )
    return text, encoding


def no_rows_message() -> str:
    return _(
        "The file has no member rows. The first line names the columns (for example email;name;role) "
        "and each line after it is one person."
    )


# Header ---------------------------------------------------------------------


def detect_delimiter(header_line: str) -> str:
    """The most frequent of `;`, `,` and tab outside quotes in the header line (`;` wins ties)."""
    counts = {";": 0, "\t": 0, ",": 0}
    in_quotes = False
    for char in header_line:
        if char == '"':
            in_quotes = not in_quotes
        elif not in_quotes and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: counts[d])  # dict order breaks ties: ; then tab then ,
    return best if counts[best] else ","


def _header_key(value: str) -> str:
    return re.sub(r"[\s\-_.]+", "", value.strip().strip('"').casefold())


def _map_header(header: list[str]) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, raw in enumerate(header):
        key = _header_key(raw)
        column = next((name for name, words in COLUMN_SYNONYMS.items() if key in words), None)
        if column is None:
            if raw.strip():
                ignored.append(shorten(raw.strip(), 40))
            continue
        if column in columns:
            raise ImportFileError(
                _("The header names the %(column)s column twice (columns %(first)s and %(second)s). Keep one.")
                % {"column": COLUMN_LABELS[column], "first": columns[column] + 1, "second": index + 1}
            )
        columns[column] = index
    if "email" not in columns:
        if any("@" in cell for cell in header):
            raise ImportFileError(
                _(
                    "The first line looks like a member row, not a header. "
                    "Add a first line that names the columns, for example: email;name;role"
                )
            )
        raise ImportFileError(
            _(
                "The file has no e-mail column (missing column: email). "
                "The first line must name the columns, for example: email;name;role. "
                "Columns found: %(found)s."
            )
            % {"found": ", ".join(shorten(cell.strip(), 40) for cell in header if cell.strip()) or "–"}
        )
    return columns, ignored


# Rows -----------------------------------------------------------------------


def normalise_role(value: str) -> str | None:
    """The role code for `value` (a code or a word in en/fi/sv); '' means member; None if unknown."""
    key = re.sub(r"[\s\-_]+", " ", value.strip().casefold())
    if not key:
        return Role.MEMBER.value
    return _ROLE_LOOKUP.get(key)


def _cell(cells: list[str], columns: dict[str, int], column: str) -> str:
    index = columns.get(column)
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def _parse_row(line: int, cells: list[str], columns: dict[str, int], width: int) -> ParsedRow | list[RowError]:
    errors: list[RowError] = []
    extra = [cell for cell in cells[width:] if cell.strip()]
    if extra:
        errors.append(RowError(line, "too_many_cells", {"found": len(cells), "expected": width}))
        return errors
    email = _cell(cells, columns, "email")
    name = _cell(cells, columns, "name")
    role_text = _cell(cells, columns, "role")
    if not email:
        errors.append(RowError(line, "email_missing"))
    elif len(email) > MAX_EMAIL_LENGTH:
        errors.append(RowError(line, "email_too_long", {"limit": MAX_EMAIL_LENGTH}))
    else:
        try:
            _email_validator(email)
        except ValidationError:
            errors.append(RowError(line, "email_invalid", {"value": shorten(email)}))
    if len(name) > MAX_NAME_LENGTH:
        errors.append(RowError(line, "name_too_long", {"length": len(name), "limit": MAX_NAME_LENGTH}))
    role = normalise_role(role_text)
    if role is None:
        errors.append(RowError(line, "role_unknown", {"value": shorten(role_text)}))
    if errors:
        return errors
    notes = [{"code": "formula_as_text", "params": {"char": name[0]}}] if name.startswith(FORMULA_PREFIXES) else []
    return ParsedRow(line=line, email=email.lower(), name=name, role=role, notes=notes)


def parse_member_csv(data: bytes) -> ParseResult:
    """Parse an uploaded member list. Raises `ImportFileError` for file-level problems."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(_("The file is larger than %(limit)s MB. Split it into smaller files.") % {"limit": 1})
    text, encoding = decode(data)
    lines = re.split(r"\r\n|\r|\n", text)
    header_line = next((line for line in lines if re.sub(r'[;,\t\s"]', "", line)), "")
    delimiter = detect_delimiter(header_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)

    rows: list[ParsedRow] = []
    errors: list[RowError] = []
    columns: dict[str, int] | None = None
    ignored: list[str] = []
    width = 0
    first_line_of: dict[str, int] = {}
    limit = csv.field_size_limit()
    data_rows = 0
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if columns is None:
                raise ImportFileError(
                    _("The header line could not be read: %(detail)s.") % {"detail": shorten(str(exc), 120)}
                ) from None
            code = "field_too_large" if "field larger than field limit" in str(exc) else "unreadable"
            errors.append(RowError(line, code, {"limit": limit, "detail": shorten(str(exc), 120)}))
            data_rows += 1
            continue
        if not any(cell.strip() for cell in cells):
            continue  # blank lines and Excel's trailing ";;;" lines
        if columns is None:
            columns, ignored = _map_header(cells)
            width = len(cells)
            continue
        data_rows += 1
        if data_rows > MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(limit)s member rows. Split it into smaller files.") % {"limit": MAX_ROWS}
            )
        parsed = _parse_row(line, cells, columns, width)
        if isinstance(parsed, list):
            errors.extend(parsed)
            continue
        if parsed.email in first_line_of:
            parsed.duplicate_of = first_line_of[parsed.email]
        else:
            first_line_of[parsed.email] = line
        rows.append(parsed)
    if columns is None or data_rows == 0:
        raise ImportFileError(no_rows_message())
    return ParseResult(encoding=encoding, delimiter=delimiter, rows=rows, errors=errors, ignored_columns=ignored)
