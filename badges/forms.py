from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from associations.models import Association
from associations.querysets import is_staff
from badges.images import ICONS, check_svg, validate_png
from badges.models import BadgeClass, BadgeKind
from courses.models import Enrolment
from training.forms import CleanTextMixin


class EmailCheckForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)


class RevokeForm(CleanTextMixin, forms.Form):
    reason = forms.CharField(
        label=_("Reason for revoking"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown publicly with the revoked badge."),
    )


def awardable_people(awarder):
    """The active accounts `awarder` may award a badge to: everyone for staff;
    otherwise people who have enrolled in a course (trainers edit the whole
    catalogue) and active members of the associations the awarder oversees.

    The same scope answers "no such learner" for an unknown address and for
    someone outside it, so the form is no oracle for who has an account."""
    people = get_user_model().objects.filter(is_active=True)
    if is_staff(awarder):
        return people
    overseen = Association.objects.overseen_by(awarder).values("pk")
    learners = Enrolment.objects.values("user_id")
    return people.filter(
        Q(pk__in=learners) | Q(memberships__association__in=overseen, memberships__active=True)
    ).distinct()


class ManualAwardForm(CleanTextMixin, forms.Form):
    badge_class = forms.ModelChoiceField(
        label=_("Badge"), queryset=BadgeClass.objects.filter(active=True).exclude(kind=BadgeKind.READINESS)
    )
    email = forms.EmailField(label=_("Recipient's e-mail address"), max_length=254)
    evidence_url = forms.URLField(
        label=_("Link to the evidence"), required=False, max_length=500, assume_scheme="https"
    )
    evidence_narrative = forms.CharField(
        label=_("Description of the evidence"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, awarder, **kwargs):
        super().__init__(*args, **kwargs)
        self.awarder = awarder

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        user = awardable_people(self.awarder).filter(email__iexact=email).first()
        if user is None:
            raise forms.ValidationError(_("No learner you can award has this e-mail address."))
        self.recipient = user
        return email

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("evidence_url") and not (cleaned.get("evidence_narrative") or "").strip():
            raise forms.ValidationError(_("Give the evidence: a link, a description, or both."))
        return cleaned


class BadgeClassAdminForm(WagtailAdminModelForm):
    """Checks uploaded images: PNG (sound, not a decompression bomb, not too
    big) or SVG without scripts, event handlers or external references."""

    icon = forms.ChoiceField(label=_("Icon"), choices=ICONS, required=False)

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if not upload or not hasattr(upload, "content_type"):
            return upload  # unchanged or cleared
        upload.seek(0)
        data = upload.read()
        upload.seek(0)
        if upload.name.lower().endswith(".svg"):
            check_svg(data)
        else:
            validate_png(data)
            if not upload.name.lower().endswith(".png"):
                upload.name = upload.name.rsplit(".", 1)[0] + ".png"
        return upload

    def clean_colour(self):
        colour = self.cleaned_data["colour"]
        import re

        if not re.match(r"^#[0-9a-fA-F]{6}$", colour or ""):
            raise forms.ValidationError(_("Give the colour as #RRGGBB, for example #1f6f8b."))
        return colour

    def clean_alignment(self):
        alignment = self.cleaned_data.get("alignment") or []
        if not isinstance(alignment, list) or not all(
            isinstance(item, dict) and item.get("targetName") and item.get("targetUrl") for item in alignment
        ):
            raise forms.ValidationError(_('Give a list of {"targetName": …, "targetUrl": …} objects.'))
        return alignment

    def save(self, commit=True):
        from badges.services import ensure_image

        instance = super().save(commit=commit)
        if commit:
            generated = bool(instance.image) and instance.image.name.endswith(f"{instance.pk}.png")
            appearance_changed = {"name", "colour", "icon"} & set(self.changed_data)
            if generated and appearance_changed and "image" not in self.changed_data:
                instance.image.delete(save=False)
                instance.image = None
            ensure_image(instance)
        return instance
