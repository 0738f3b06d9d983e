"""Phone numbers as newcomers type them: international (+964 770 123 4567)
or Finnish (040 123 4567), stored in E.164."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

INVALID_PHONE = _(
    "This does not look like a phone number. Write it in international form, such as +358 40 123 4567, "
    "or as a Finnish number, such as 040 123 4567."
)
MAX_INPUT_CHARS = 30


def normalise_phone(value: str) -> str:
    """The number in E.164 ("+358401234567"); ValidationError with a clear message otherwise.

    A number without a country code is read as Finnish; "00" is accepted for "+"."""
    text = (value or "").strip()
    if not text:
        return ""
    if len(text) > MAX_INPUT_CHARS:
        raise ValidationError(INVALID_PHONE, code="invalid_phone")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, "FI")
    except phonenumbers.NumberParseException:
        raise ValidationError(INVALID_PHONE, code="invalid_phone") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(INVALID_PHONE, code="invalid_phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """The stored number for a person to read and dial (international format)."""
    if not e164:
        return ""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164
