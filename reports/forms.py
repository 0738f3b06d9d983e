from django import forms
from django.utils.translation import gettext_lazy as _


class PeriodForm(forms.Form):
    """The funder summary's reporting period: participants who started in it."""

    start = forms.DateField(
        label=_("Started on or after"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("Started on or before"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("The start of the period must be before its end."))
        return data


class ReminderForm(forms.Form):
    user = forms.TypedMultipleChoiceField(coerce=int, label=_("Members to remind"))

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].choices = choices
        self.fields["user"].error_messages["required"] = _("Choose at least one member to remind.")
        self.fields["user"].error_messages["invalid_choice"] = _(
            "That member cannot be reminded now. Reload the page and try again."
        )
