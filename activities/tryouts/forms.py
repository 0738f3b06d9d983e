"""The newcomer's request form and the contact's answer and outcome forms.

Spam without a CAPTCHA: a honeypot field people never see (bots fill every
field) and a signed start time (bots post within a second of loading the
page). Neither check loses what a person wrote: the form comes back filled in,
with a message.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from activities.models import TryRequest
from activities.models.tryouts import FIRST_NAME_MAX_CHARS, MESSAGE_MAX_CHARS, NOTE_MAX_CHARS
from activities.tryouts.languages import newcomer_language_choices
from activities.tryouts.phone import normalise_phone

STARTED_SALT = "activities.tryouts.started"
# A form filled in more than a day ago is just as welcome as a fresh one.
STARTED_MAX_AGE_SECONDS = 24 * 3600
HONEYPOT_FIELD = "homepage"


def min_fill_seconds() -> float:
    return float(getattr(settings, "TRYOUT_MIN_FILL_SECONDS", 3))


def started_token() -> str:
    return signing.dumps(time.time(), salt=STARTED_SALT)


class TryRequestForm(forms.Form):
    first_name = forms.CharField(label=_("Your first name"), max_length=FIRST_NAME_MAX_CHARS, strip=True)
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        # No max_length: normalise_phone refuses long input with the phone message.
        help_text=_("For example +358 40 123 4567 or 040 123 4567."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    language = forms.ChoiceField(label=_("Language you would like to be answered in"))
    message = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=MESSAGE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, when you could come or what you would like to ask."),
    )
    consent = forms.BooleanField(label="", required=True)
    # The honeypot: hidden from people (CSS and aria-hidden), filled by bots.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, activity=None, consent_label="", **kwargs):
        super().__init__(*args, **kwargs)
        self.activity = activity
        self.fields["language"].choices = newcomer_language_choices()
        self.fields["consent"].label = consent_label
        self.fields["consent"].error_messages["required"] = _(
            "Please tick the box, so that the association may contact you."
        )
        self.fields["first_name"].widget.attrs.update({"autocomplete": "given-name"})
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        # A fresh start time on every display, also when the form comes back with errors.
        self.initial["started"] = started_token()
        if self.is_bound:
            data = self.data.copy()
            data["started"] = self.initial["started"]
            self.posted_started = self.data.get("started", "")
            self.data = data

    def clean_phone(self):
        return normalise_phone(self.cleaned_data.get("phone", ""))

    def clean_started(self):
        try:
            started = signing.loads(self.posted_started, salt=STARTED_SALT, max_age=STARTED_MAX_AGE_SECONDS)
        except (signing.BadSignature, TypeError, ValueError):
            raise forms.ValidationError(
                _("This form was open too long or came from elsewhere. Please check your details and send again."),
                code="stale",
            ) from None
        if time.time() - float(started) < min_fill_seconds():
            raise forms.ValidationError(
                _("That was very quick. Please check your details and send again."), code="too_fast"
            )
        return started

    def clean(self):
        cleaned = super().clean()
        if self.data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(_("This request could not be sent. Please try again."), code="honeypot")
        if not cleaned.get("phone") and not cleaned.get("email") and not (self.errors.keys() & {"phone", "email"}):
            raise forms.ValidationError(
                _("Give a phone number or an e-mail address (or both), so that the association can answer you."),
                code="no_contact",
            )
        return cleaned

    def non_field_messages(self) -> list[str]:
        """The form-wide messages plus the start-time message (a hidden field's error)."""
        return list(self.non_field_errors()) + list(self.errors.get("started", []))


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Your answer"),
        widget=forms.RadioSelect,
        choices=[
            (TryRequest.Answer.VISIT, _("Propose a first visit")),
            (TryRequest.Answer.CALL, _("Ask for a phone call")),
            (TryRequest.Answer.DECLINED, _("Decline")),
        ],
    )
    visit_at = forms.DateTimeField(
        label=_("Date and time of the first visit"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    note = forms.CharField(
        label=_("Note to the newcomer"),
        required=False,
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Where to meet, whom to ask for, or why you decline. Plain, short sentences help."),
    )

    def clean(self):
        cleaned = super().clean()
        answer = cleaned.get("answer")
        if answer == TryRequest.Answer.VISIT:
            visit_at = cleaned.get("visit_at")
            if visit_at is None and "visit_at" not in self.errors:
                self.add_error("visit_at", _("Give the date and time of the first visit."))
            elif visit_at is not None and visit_at < timezone.now():
                self.add_error("visit_at", _("The first visit must be in the future."))
        if answer == TryRequest.Answer.DECLINED and not cleaned.get("note") and "note" not in self.errors:
            self.add_error("note", _("Tell the newcomer briefly why, so they can look for another activity."))
        return cleaned


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("What happened?"),
        widget=forms.RadioSelect,
        choices=[
            (TryRequest.Outcome.VISITED, _("Visited")),
            (TryRequest.Outcome.JOINED, _("Joined")),
            (TryRequest.Outcome.NO_SHOW, _("Did not come")),
        ],
    )
