"""The newcomer's filters of the offering (GET; every field optional, bad values ignored)."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from accounts.forms import Select
from activities.models import Activity, ActivityException, ActivitySession, ActivityTranslation
from activities.models.activity import AgeGroup, Cost, HobbyType, Weekday
from associations.models import ACTIVITY_LANGUAGES, Municipality, Role


def _with_any(choices):
    return [("", _("Any")), *choices]


class ActivityFilterForm(forms.Form):
    # Every filter is a select written in Python (accounts.forms.Select, the
    # HTML of Django's): the municipality list has hundreds of options.
    municipality = forms.ModelChoiceField(
        label=_("Where do you live?"),
        queryset=Municipality.objects.all(),
        required=False,
        empty_label=_("Any"),
        widget=Select,
    )
    hobby_type = forms.ChoiceField(
        label=_("Type of hobby"), choices=_with_any(HobbyType.choices), required=False, widget=Select
    )
    weekday = forms.TypedChoiceField(
        label=_("Day of the week"),
        choices=_with_any(Weekday.choices),
        coerce=int,
        empty_value=None,
        required=False,
        widget=Select,
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=_with_any(ACTIVITY_LANGUAGES), required=False, widget=Select
    )
    cost = forms.ChoiceField(label=_("Cost"), choices=_with_any(Cost.choices), required=False, widget=Select)
    age_group = forms.ChoiceField(
        label=_("For whom"), choices=_with_any(AgeGroup.choices), required=False, widget=Select
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"

    def filter(self, activities):
        """`activities` narrowed by the valid filters (an invalid field is left out)."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        if data.get("municipality"):
            activities = activities.filter(municipality=data["municipality"])
        if data.get("hobby_type"):
            activities = activities.filter(hobby_type=data["hobby_type"])
        if data.get("weekday") is not None:
            activities = activities.filter(sessions__weekday=data["weekday"]).distinct()
        if data.get("language"):
            # JSON "contains" is not on SQLite; the quoted code matches one list item on both databases.
            activities = activities.filter(languages__icontains=f'"{data["language"]}"')
        if data.get("cost"):
            activities = activities.filter(cost=data["cost"])
        if data.get("age_group"):
            activities = activities.filter(age_group=data["age_group"])
        return activities


class ActivityForm(forms.ModelForm):
    """What a contact fills in; the association comes from the URL, never from the form."""

    languages = forms.MultipleChoiceField(
        label=_("Languages the activity can be joined in"),
        choices=ACTIVITY_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Activity
        fields = [
            "title",
            "description",
            "original_language",
            "hobby_type",
            "age_group",
            "level",
            "group_kind",
            "municipality",
            "address",
            "accessible_venue",
            "season_starts",
            "season_ends",
            "languages",
            "cost",
            "fee_details",
            "fee_support",
            "loan_equipment",
            "first_visit_free",
            "welcome_contact",
            "published",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "season_starts": forms.DateInput(attrs={"type": "date"}),
            "season_ends": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, association, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the association's own active contacts can welcome newcomers.
        self.fields["welcome_contact"].queryset = (
            get_user_model()
            .objects.filter(
                memberships__association=association, memberships__active=True, memberships__role=Role.CONTACT
            )
            .distinct()
        )

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("season_starts"), cleaned.get("season_ends")
        if starts and ends and ends < starts:
            self.add_error("season_ends", _("The season cannot end before it starts."))
        return cleaned


SessionFormSet = forms.inlineformset_factory(
    Activity,
    ActivitySession,
    fields=["weekday", "starts_at", "ends_at"],
    widgets={"starts_at": forms.TimeInput(attrs={"type": "time"}), "ends_at": forms.TimeInput(attrs={"type": "time"})},
    extra=1,
    max_num=14,
    validate_max=True,
)
ExceptionFormSet = forms.inlineformset_factory(
    Activity,
    ActivityException,
    fields=["date", "note"],
    widgets={"date": forms.DateInput(attrs={"type": "date"})},
    extra=1,
    max_num=60,
    validate_max=True,
)
TranslationFormSet = forms.inlineformset_factory(
    Activity,
    ActivityTranslation,
    fields=["language", "title", "description"],
    widgets={"description": forms.Textarea(attrs={"rows": 4})},
    extra=1,
    max_num=10,
    validate_max=True,
)
