from django import forms
from django.utils.translation import gettext_lazy as _

from associations.models import ACTIVITY_LANGUAGES, Association, AssociationType, Municipality, Role
from training.forms import CleanTextMixin


class AssociationSearchForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.all(), required=False, empty_label=_("All")
    )
    association_type = forms.ChoiceField(
        label=_("Type"), choices=[("", _("All")), *AssociationType.choices], required=False
    )

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["q"]:
            queryset = queryset.filter(name__icontains=data["q"])
        if data["municipality"]:
            queryset = queryset.filter(municipality=data["municipality"])
        if data["association_type"]:
            queryset = queryset.filter(association_type=data["association_type"])
        return queryset


class JoinRequestForm(CleanTextMixin, forms.Form):
    message = forms.CharField(
        label=_("Message to the contact person (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class InvitationForm(CleanTextMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    name = forms.CharField(label=_("Name (optional)"), required=False, max_length=200)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class AssociationDetailsForm(CleanTextMixin, forms.ModelForm):
    """What the contact may edit about their association's public face."""

    # A website typed without a scheme means https (Django 6's default).
    website = forms.URLField(label=_("website"), required=False, max_length=200, assume_scheme="https")
    activity_languages = forms.MultipleChoiceField(
        label=_("Languages the activities can be joined in"),
        choices=ACTIVITY_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Association
        fields = [
            "name",
            "association_type",
            "municipality",
            "website",
            "public_description",
            "activity_languages",
            "public_contact_name",
            "public_contact_email",
            "public_contact_phone",
        ]
