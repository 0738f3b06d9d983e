"""Form helpers shared by every app."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CleanTextMixin:
    """Refuse NUL bytes and other control characters in text fields.

    PostgreSQL cannot store NUL in text at all and SQLite would keep it
    silently; either way it is never meaningful input, so the person gets a
    clear field error instead of a 500. Zero-width joiners, RTL marks and
    emoji are ordinary text and pass unchanged.
    """

    _FORBIDDEN = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"}

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str) and any(ch in self._FORBIDDEN for ch in value):
                self.add_error(name, forms.ValidationError(_("Remove the control characters from this text.")))
        return cleaned
