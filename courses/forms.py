"""Forms of the learner's pages: the catalogue filters and reflection answers."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from courses.models import Reflection
from courses.models.pages import Topic

# Duration bands of the catalogue: (value, label, minimum minutes, maximum minutes or None).
DURATIONS = [
    ("short", _("Under 1 hour"), 0, 59),
    ("medium", _("1–3 hours"), 60, 180),
    ("long", _("Over 3 hours"), 181, None),
]


class CatalogueFilterForm(forms.Form):
    """GET filters of the catalogue; anything unknown is simply ignored."""

    q = forms.CharField(label=_("Search courses and lessons"), max_length=200, required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    duration = forms.ChoiceField(label=_("Duration"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics")), *Topic.choices]
        self.fields["language"].choices = [("", _("All languages")), *settings.SITE_LANGUAGES]
        self.fields["duration"].choices = [("", _("Any duration"))] + [(v, label) for v, label, _lo, _hi in DURATIONS]

    def filters(self) -> dict:
        """The valid filters ({} when none); invalid values count as not given."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    @staticmethod
    def duration_range(value: str) -> tuple[int, int | None]:
        for name, _label, low, high in DURATIONS:
            if name == value:
                return low, high
        return 0, None


class ReflectionForm(forms.Form):
    block_id = forms.CharField(max_length=64)
    text = forms.CharField(
        label=_("Your answer"),
        required=False,
        strip=False,
        widget=forms.Textarea,
        max_length=Reflection.MAX_LENGTH,
        error_messages={
            "max_length": _(
                "Your answer is too long: at most %(limit_value)d characters, and yours has %(show_value)d. "
                "Shorten it and save again; your text is still in the box."
            )
        },
    )
