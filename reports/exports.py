"""CSV and XLSX exports of report tables.

- Every text cell passes `neutralise` (spreadsheet formula injection: a cell
  starting with = + - @, tab or carriage return is prefixed with a quote).
- CSV is UTF-8 with a BOM (so Excel detects the encoding) and streamed row by
  row; `;` is offered for Finnish Excel, whose list separator is `;`.
- XLSX cannot be streamed byte by byte: it is a zip archive whose central
  directory comes last and whose sheet sizes are written after the rows.
  openpyxl's write-only mode keeps memory flat while rows are appended (they
  go to a temporary file), the archive is assembled into a spooled temporary
  file (in memory up to XLSX_SPOOL_BYTES, on disk beyond) and that file is then
  sent in chunks by FileResponse.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_SPOOL_BYTES = 5 * 1024 * 1024
DELIMITERS = {"comma": ",", "semicolon": ";"}


def neutralise(value):
    """A cell value that no spreadsheet will run as a formula. Numbers and
    dates are left alone (a negative number is data, not a formula)."""
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


@dataclass
class Table:
    """A table to export: a name for the file and sheet, headers and rows (any iterable, read once)."""

    name: str
    columns: list[str]
    rows: Iterable[list]


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(value):
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    return neutralise(str(value)) if not isinstance(value, int | float) else value


def csv_rows(table: Table, delimiter: str = ",") -> Iterator[str]:
    writer = csv.writer(_Echo(), delimiter=delimiter)
    yield "\ufeff" + writer.writerow([_cell(c) for c in table.columns])
    for row in table.rows:
        yield writer.writerow([_cell(value) for value in row])


def csv_response(table: Table, delimiter: str = ",") -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in csv_rows(table, delimiter)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{table.name}.csv"'
    return response


def _xlsx_cell(value):
    if isinstance(value, datetime):
        # Excel has no time zones: local wall-clock time, naive.
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, str):
        return neutralise(value)
    return value


def xlsx_file(tables: list[Table]):
    """The workbook in a spooled temporary file, positioned at its start."""
    workbook = Workbook(write_only=True)
    for table in tables:
        sheet = workbook.create_sheet(title=table.name[:31])
        sheet.append([_xlsx_cell(str(c)) for c in table.columns])
        for row in table.rows:
            sheet.append([_xlsx_cell(value) for value in row])
    spooled = tempfile.SpooledTemporaryFile(max_size=XLSX_SPOOL_BYTES)  # noqa: SIM115 -- FileResponse closes it
    workbook.save(spooled)
    spooled.seek(0)
    return spooled


def xlsx_response(table: Table) -> FileResponse:
    return FileResponse(
        xlsx_file([table]),
        as_attachment=True,
        filename=f"{table.name}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def export_response(table: Table, fmt: str, delimiter: str = "comma"):
    if fmt == "xlsx":
        return xlsx_response(table)
    return csv_response(table, DELIMITERS.get(delimiter, ","))
