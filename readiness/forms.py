"""Forms of the readiness pages. Every error message says what to do."""

import zipfile

from django import forms
from django.contrib.auth import get_user_model
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from associations.models import ACTIVITY_LANGUAGES, AssociationType, Municipality
from readiness.models import SelfAssessmentAnswer
from readiness.statements import STATEMENTS
from training.forms import CleanTextMixin
from training.uploads import (
    REASON_EXECUTABLE,
    REASON_INFLATES_TOO_MUCH,
    REASON_MEMBER_TOO_LARGE,
    REASON_TOO_MANY_ENTRIES,
    ArchiveLimits,
    MiB,
    SafeArchive,
    UnsafeUpload,
    looks_like_pdf,
    read_member,
)

PLAN_MAX_BYTES = 10 * 1024 * 1024
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def member_choices(association):
    """Active members of the association, the only people who can be named contacts."""
    return (
        get_user_model()
        .objects.filter(memberships__association=association, memberships__active=True)
        .order_by("last_name", "first_name", "email")
    )


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        name = user.get_full_name()
        return f"{name} ({user.email})" if name else user.email


class ContactsForm(CleanTextMixin, forms.Form):
    welcome_contact = MemberChoiceField(label=_("Welcome and inclusion contact"), queryset=None)
    welcome_phone = forms.CharField(label=_("Phone of the welcome contact (optional)"), required=False, max_length=40)
    harassment_contact = MemberChoiceField(label=_("Harassment contact"), queryset=None)
    harassment_phone = forms.CharField(
        label=_("Phone of the harassment contact (optional)"), required=False, max_length=40
    )

    def __init__(self, *args, association, **kwargs):
        super().__init__(*args, **kwargs)
        members = member_choices(association)
        self.fields["welcome_contact"].queryset = members
        self.fields["harassment_contact"].queryset = members
        self.fields["welcome_contact"].error_messages["invalid_choice"] = _("Choose one of the association's members.")
        self.fields["harassment_contact"].error_messages["invalid_choice"] = _(
            "Choose one of the association's members."
        )


# The upload limits for plans: a real plan is a few MB and unpacks to a few
# times that; anything past these is refused before it is inflated.
PLAN_ARCHIVE_LIMITS = ArchiveLimits(max_entries=1000, max_entry_bytes=40 * MiB, max_total_bytes=80 * MiB)
ODT_MIMETYPE_MAX_BYTES = 256


def validate_plan_file(upload) -> None:
    """PDF, DOCX or ODT, at most 10 MB, and the content must match the extension.

    Archives are inspected with bounded reads only (`training.uploads`): a
    ZIP bomb, an archive carrying a program, or a PDF that is really HTML is
    refused with a message, and inspecting it never costs more than a few
    kilobytes of memory beyond the upload itself."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ("pdf", "docx", "odt"):
        raise forms.ValidationError(_("Upload the plan as a PDF, DOCX or ODT file."))
    if upload.size > PLAN_MAX_BYTES:
        raise forms.ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(PLAN_MAX_BYTES)}
        )
    upload.seek(0)
    if extension == "pdf":
        ok = looks_like_pdf(upload)
    else:
        ok = upload.read(4) == b"PK\x03\x04" and _office_document_matches(upload, extension)
    upload.seek(0)
    if not ok:
        raise forms.ValidationError(
            _("The file is not a valid %(kind)s document. Save it again as PDF, DOCX or ODT and upload that.")
            % {"kind": extension.upper()}
        )


def _office_document_matches(upload, extension: str) -> bool:
    """True when the archive holds the part its format requires; raises a
    ValidationError for an archive that is unsafe to open or carries a program."""
    try:
        with SafeArchive(upload, PLAN_ARCHIVE_LIMITS) as archive:
            names = set(archive.namelist())
            if extension == "docx":
                return "word/document.xml" in names
            return (
                "mimetype" in names and read_member(archive, "mimetype", ODT_MIMETYPE_MAX_BYTES).strip() == ODT_MIMETYPE
            )
    except UnsafeUpload as refusal:
        if refusal.reason == REASON_TOO_MANY_ENTRIES:
            raise forms.ValidationError(
                _("The file has too many parts to be a plan document. Save it again as PDF and upload that.")
            ) from refusal
        if refusal.reason in (REASON_INFLATES_TOO_MUCH, REASON_MEMBER_TOO_LARGE):
            raise forms.ValidationError(
                _(
                    "The file unpacks to far more data than a plan document holds, so it was not opened. "
                    "Save it again as PDF and upload that."
                )
            ) from refusal
        if refusal.reason == REASON_EXECUTABLE:
            raise forms.ValidationError(
                _(
                    "The file contains a program (%(part)s), which a plan may not carry. "
                    "Save the plan again without embedded files, or as PDF, and upload that."
                )
                % {"part": refusal.detail[-80:]}
            ) from refusal
        return False
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


class PlanForm(forms.Form):
    plan_file = forms.FileField(
        label=_("Equality or inclusion plan"),
        required=False,
        help_text=_("PDF, DOCX or ODT, at most 10 MB."),
    )
    board_approved_on = forms.DateField(label=_("Approved by the board on"), widget=DateInput())
    review_date = forms.DateField(label=_("Next review of the plan"), widget=DateInput())

    def __init__(self, *args, has_file: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_file = has_file
        if has_file:
            self.fields["plan_file"].help_text = _(
                "A plan is already uploaded; choose a file only to replace it. PDF, DOCX or ODT, at most 10 MB."
            )

    def clean_plan_file(self):
        upload = self.cleaned_data.get("plan_file")
        if upload:
            validate_plan_file(upload)
        elif not self.has_file:
            raise forms.ValidationError(_("Choose the plan file to upload."))
        return upload

    def clean_board_approved_on(self):
        day = self.cleaned_data["board_approved_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The board approval date cannot be in the future."))
        return day

    def clean(self):
        cleaned = super().clean()
        approved, review = cleaned.get("board_approved_on"), cleaned.get("review_date")
        if approved and review and review <= approved:
            self.add_error("review_date", _("The review date must come after the board approval."))
        return cleaned


class MeasuresForm(CleanTextMixin, forms.Form):
    measures = forms.CharField(
        label=_("Low-threshold measures"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Loan equipment, fee support, a buddy, a free first visit, languages the activity can be joined in…"
        ),
    )
    public_summary = forms.CharField(
        label=_("What we publish in the directory of welcoming associations (optional)"),
        max_length=600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SelfAssessmentForm(forms.Form):
    """One radio group per statement, on the four-step scale."""

    def __init__(self, *args, initial_ratings: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        for key, text in STATEMENTS:
            self.fields[key] = forms.TypedChoiceField(
                label=text,
                choices=SelfAssessmentAnswer.Rating.choices,
                coerce=int,
                widget=forms.RadioSelect,
                initial=(initial_ratings or {}).get(key),
                error_messages={"required": _("Choose a rating for this statement.")},
            )


class ReviewForm(CleanTextMixin, forms.Form):
    ACTIONS = [("approve", _("Approve")), ("return", _("Return for changes")), ("comment", _("Comment only"))]

    action = forms.ChoiceField(choices=ACTIONS, widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("Comment to the association"), required=False, max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") in ("return", "comment") and not cleaned.get("comment", "").strip():
            self.add_error("comment", _("Write what the association should change."))
        return cleaned


class DirectoryFilterForm(forms.Form):
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.all(), required=False, empty_label=_("All")
    )
    association_type = forms.ChoiceField(
        label=_("Type"), choices=[("", _("All")), *AssociationType.choices], required=False
    )
    language = forms.ChoiceField(label=_("Language"), choices=[("", _("All")), *ACTIVITY_LANGUAGES], required=False)
