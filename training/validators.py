"""Validators shared by every app."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# Zero-width non-joiner and joiner shape letters in Persian, Indic scripts and
# emoji sequences; they are the only invisible formatting marks a name needs.
ALLOWED_FORMAT_CHARACTERS = frozenset({"\u200c", "\u200d"})
NEWLINES = frozenset({"\n", "\r", "\t"})


@deconstructible
class PlainTextValidator:
    """Refuse control characters and invisible formatting marks.

    Control characters (Unicode category Cc) carry terminal escapes into CSV
    exports and logs; format characters (Cf: the bidi overrides and isolates
    U+202A–U+202E and U+2066–U+2069, the direction marks U+200E/U+200F and
    U+061C, zero-width spaces, tag characters) make text read differently
    from what it is. ZWNJ and ZWJ stay allowed. Line and paragraph
    separators are refused too unless `allow_newlines`, which also lets
    newline and tab through for multi-line text.
    """

    message = _("Remove control characters and invisible formatting marks (found %(codepoint)s).")
    code = "control_character"

    def __init__(self, allow_newlines: bool = False):
        self.allow_newlines = allow_newlines

    def __call__(self, value) -> None:
        for character in str(value):
            if self.is_refused(character):
                raise ValidationError(self.message, code=self.code, params={"codepoint": f"U+{ord(character):04X}"})

    def is_refused(self, character: str) -> bool:
        if self.allow_newlines and character in NEWLINES:
            return False
        category = unicodedata.category(character)
        if category == "Cc":
            return True
        if category == "Cf":
            return character not in ALLOWED_FORMAT_CHARACTERS
        return category in ("Zl", "Zp") and not self.allow_newlines

    def __eq__(self, other) -> bool:
        return isinstance(other, PlainTextValidator) and other.allow_newlines == self.allow_newlines


validate_plain_text = PlainTextValidator()
