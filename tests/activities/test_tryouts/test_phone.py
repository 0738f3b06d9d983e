"""Newcomers' phone numbers: international or Finnish, stored in E.164, and a
clear message for anything else."""

import pytest
from django.core.exceptions import ValidationError

from activities.tryouts.phone import display_phone, normalise_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("040 123 4567", "+358401234567"),
        ("0401234567", "+358401234567"),
        ("+358 40 123 4567", "+358401234567"),
        ("00358401234567", "+358401234567"),
        ("+964 770 123 4567", "+9647701234567"),
        ("+46 70-123 45 67", "+46701234567"),
        ("", ""),
    ],
)
def test_numbers_in_international_or_finnish_form_are_stored_in_e164(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12", "abc", "+358 1", "040", "+" + "1" * 40, "٠٤٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩"])
def test_anything_else_gets_the_clear_message(typed):
    with pytest.raises(ValidationError) as raised:
        normalise_phone(typed)
    assert raised.value.code == "invalid_phone"


def test_a_stored_number_is_shown_for_dialling():
    assert display_phone("+9647701234567") == "+964 770 123 4567"
