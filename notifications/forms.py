from django import forms

from notifications.models import Delivery
from notifications.registry import registered_kinds


class PreferencesForm(forms.Form):
    """One radio group per registered kind: in-app only, e-mail immediately or daily digest."""

    def __init__(self, *args, current: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind in registered_kinds():
            self.fields[kind.key] = forms.ChoiceField(
                label=kind.label,
                choices=Delivery.choices,
                initial=current.get(kind.key, kind.default),
                widget=forms.RadioSelect,
            )
