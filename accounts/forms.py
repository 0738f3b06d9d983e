"""Forms of the profile pages."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout, Submit
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

SMALL_CELL_NOTE = _("Optional; reports only show totals of 5 or more.")

# Why each funder fact is asked: shown as the field's help text.
PURPOSES = {
    "gender": _("Asked by the EU funder to report participants by gender."),
    "age_band": _("Asked by the EU funder to report participants by age group."),
    "employment_status": _("Asked by the EU funder to report participants by labour-market situation."),
    "education_level": _("Asked by the EU funder to report participants by level of education."),
    "municipality": _("Used to report participation by municipality and region to the funder and the municipalities."),
}


def _attrs(attrs: dict) -> str:
    """Django's `django/forms/widgets/attrs.html`, in Python."""
    return _joined(
        format_html(" {}", name) if value is True else format_html(' {}="{}"', name, str(value))
        for name, value in attrs.items()
        if value is not False
    )


def _joined(parts) -> str:
    """Safe HTML parts as one safe string (each part already escaped)."""
    return format_html_join("", "{}", ((part,) for part in parts))


class Select(forms.Select):
    """`forms.Select` writing the very HTML of Django's `select.html` and
    `select_option.html` templates in Python, without a template include per
    option: the home municipality list has hundreds, and rendering them was
    most of the profile page's CPU (tests/accounts/test_profile_queries.py
    compares the two renderings). Named Select, as crispy-forms gives the
    <select> the lower-cased widget class name as a CSS class ("select")."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"{}>', widget["name"], _attrs(widget["attrs"]))]
        for group_name, group_choices, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', group_name))
            for option in group_choices:
                parts.append(
                    format_html(
                        '\n  <option value="{}"{}>{}</option>\n',
                        str(option["value"]),
                        _attrs(option["attrs"]),
                        option["label"],
                    )
                )
            if group_name:
                parts.append(SafeString("\n  </optgroup>"))
        parts.append(SafeString("\n</select>"))
        return _joined(parts)


def municipality_queryset():
    """Municipalities, reached through the User relation: `accounts` never imports `associations`."""
    model = get_user_model()._meta.get_field("municipality").related_model
    return model.objects.order_by("name")


class ProfileForm(forms.ModelForm):
    """Names, preferred language and the optional funder facts. Every field is optional."""

    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        required=False,
        widget=Select,
        help_text=_("The language the site is shown in after you log in."),
    )
    municipality = forms.ModelChoiceField(
        label=_("Home municipality"),
        queryset=None,
        required=False,
        empty_label=_("Not given"),
        widget=Select,
    )

    class Meta:
        model = get_user_model()
        fields = [
            "first_name",
            "last_name",
            "preferred_language",
            "gender",
            "age_band",
            "employment_status",
            "education_level",
            "municipality",
        ]
        widgets = dict.fromkeys(("gender", "age_band", "employment_status", "education_level"), Select)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].choices = [("", _("Not chosen")), *settings.SITE_LANGUAGES]
        self.fields["municipality"].queryset = municipality_queryset()
        for name, purpose in PURPOSES.items():
            field = self.fields[name]
            field.help_text = f"{purpose} {SMALL_CELL_NOTE}"
            if isinstance(field, forms.TypedChoiceField):
                field.choices = [("", _("Not given")), *[c for c in field.choices if c[0] != ""]]
        for field in self.fields.values():
            field.required = False
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"

        self.helper = FormHelper()
        self.helper.form_tag = True
        self.helper.form_method = "post"
        self.helper.layout = Layout(
            Fieldset(_("About you"), "first_name", "last_name", "preferred_language"),
            Fieldset(
                _("Facts for the funder's statistics (optional)"),
                "gender",
                "age_band",
                "employment_status",
                "education_level",
                "municipality",
            ),
            Submit("save", _("Save")),
        )


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal data will be deleted and this cannot be undone."),
        required=True,
        error_messages={"required": _("Tick the box to confirm that you want to delete your account.")},
    )


class SignupForm(AllauthSignupForm):
    """allauth's sign-up, with the same cost for a registered address as for a new one.

    With a registered address allauth creates nothing and mails the owner
    instead (no enumeration by message); here it also hashes the password,
    as creating the account would, so the response time tells nothing
    either. Both paths then send one mail.
    """

    def try_save(self, request):
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)
