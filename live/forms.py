"""Forms of the live pages: calendar filters and the check-in code."""

from django import forms
from django.utils.translation import gettext_lazy as _

from associations.models import ACTIVITY_LANGUAGES
from courses.models import Topic


class SessionFilterForm(forms.Form):
    """GET filters of the calendar; anything unknown is simply ignored."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages")), *ACTIVITY_LANGUAGES]
        self.fields["topic"].choices = [("", _("All topics")), *Topic.choices]

    def filters(self) -> dict:
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Session code"),
        max_length=12,
        help_text=_("The trainer shows the code during the session."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


class CancelSessionForm(forms.Form):
    """Why the session is called off: sent to everyone registered or waiting."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to everyone registered or on the waiting list, and shown on the session page."),
        error_messages={"required": _("Give a reason: it is sent to the participants.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Give a reason: it is sent to the participants."))
        return reason


class AttendanceForm(forms.Form):
    """The trainer ticks who attended, from the registered participants."""

    attended = forms.TypedMultipleChoiceField(
        label=_("Attended"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, participants=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].choices = [
            (p.registration.user_id, p.registration.user.get_full_name() or p.registration.user.email)
            for p in participants
        ]
        self.fields["attended"].initial = [p.registration.user_id for p in participants if p.attended]
