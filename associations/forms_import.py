"""The member list upload form. Reading the file is `csv_import`'s job; this
form only turns its file-level errors into a message next to the field."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from associations.csv_import import MAX_FILE_BYTES, MAX_ROWS, ImportFileError, ParseResult, parse_member_csv


class MemberImportForm(forms.Form):
    file = forms.FileField(
        label=_("Member list (CSV file)"),
        allow_empty_file=True,  # an empty file gets our own, clearer message
        error_messages={"required": _("Choose a CSV file to upload.")},
        widget=forms.FileInput(attrs={"accept": ".csv,.txt,text/csv,text/plain"}),
    )

    parsed: ParseResult | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = gettext(
            "At most 1 MB and %(rows)s people. Saved as CSV UTF-8 or Windows-1252, columns separated by ; or ,."
        ) % {"rows": MAX_ROWS}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise ValidationError(
                _("The file is larger than 1 MB. Split it into smaller files and upload them one at a time."),
                code="too_large",
            )
        upload.seek(0)
        data = upload.read(MAX_FILE_BYTES + 1)
        try:
            self.parsed = parse_member_csv(data)
        except ImportFileError as exc:
            raise ValidationError(str(exc), code="unreadable") from None
        return upload
