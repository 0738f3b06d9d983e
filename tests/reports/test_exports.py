"""CSV and XLSX exports: formula neutralising, BOM, separators, workbook contents."""

import csv
import io

import pytest
from openpyxl import load_workbook

from reports.exports import Table, csv_response, neutralise, xlsx_response


@pytest.mark.parametrize("dangerous", ["=1+1", "+358401234567", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_cell_starting_with_a_formula_character_is_neutralised(dangerous):
    assert neutralise(dangerous) == "'" + dangerous


@pytest.mark.parametrize("safe", ["Aino", "1+1", "", "a=b"])
def test_ordinary_text_is_left_alone(safe):
    assert neutralise(safe) == safe


def test_numbers_are_left_alone():
    assert neutralise(-2) == -2


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def table():
    return Table("t", ["Name", "Count"], [['=HYPERLINK("x")', 3], ["Äänekoski", -1]])


def test_csv_starts_with_a_utf8_bom():
    assert body(csv_response(table())).startswith("\ufeff".encode())


def test_csv_is_streamed():
    from django.http import StreamingHttpResponse

    assert isinstance(csv_response(table()), StreamingHttpResponse)


def test_csv_can_use_semicolons():
    text = body(csv_response(table(), ";")).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text), delimiter=";"))[2] == ["Äänekoski", "-1"]


def test_csv_neutralises_formulas():
    text = body(csv_response(table())).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text)))[1][0] == '\'=HYPERLINK("x")'


def test_xlsx_holds_the_rows_with_formulas_neutralised():
    response = xlsx_response(table())
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows == [("Name", "Count"), ('\'=HYPERLINK("x")', 3), ("Äänekoski", -1)]


def test_xlsx_is_an_attachment():
    assert "attachment" in xlsx_response(table())["Content-Disposition"]
