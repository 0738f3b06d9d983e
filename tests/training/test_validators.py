"""The shared plain-text validator: no control characters or invisible formatting marks."""

import pytest
from django.core.exceptions import ValidationError

from training.validators import PlainTextValidator, validate_plain_text


@pytest.mark.parametrize(
    "value",
    [
        "Amal",
        "Väisänen-Öhman",
        "أمل حسن",  # Arabic
        "محمد\u200cرضا",  # Persian with a zero-width non-joiner
        "Tuomas 👩\u200d💻",  # emoji with a zero-width joiner
        "O'Brien",
    ],
)
def test_ordinary_names_are_accepted(value):
    validate_plain_text(value)


@pytest.mark.parametrize(
    "value",
    [
        "Amal\x1b[31m",  # terminal escape
        "Amal\x00",
        "Amal\nHassan",
        "Amal\x7f",
        "\u202enasaH",  # right-to-left override
        "Amal\u2066x\u2069",  # isolates
        "Amal\u200e",  # left-to-right mark
        "Amal\u200f",  # right-to-left mark
        "Amal\u200b",  # zero-width space
        "Amal\ufeff",  # byte-order mark
        "Amal\u2028Hassan",  # line separator
    ],
)
def test_control_and_invisible_formatting_characters_are_refused(value):
    with pytest.raises(ValidationError) as error:
        validate_plain_text(value)
    assert error.value.code == "control_character"


def test_the_message_names_the_character_found():
    with pytest.raises(ValidationError) as error:
        validate_plain_text("x\u202ey")
    assert "U+202E" in error.value.messages[0]


def test_multi_line_variant_allows_newlines_and_tabs_but_not_escapes():
    multi_line = PlainTextValidator(allow_newlines=True)
    multi_line("first line\nsecond\tline\r\n")
    with pytest.raises(ValidationError):
        multi_line("line\x1b[2J")
