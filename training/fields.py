"""Model fields shared by every app."""

from django import forms
from django.db import models


class MultipleChoiceJSONField(models.JSONField):
    """A list of choice codes stored as JSON (works on SQLite and PostgreSQL),
    edited as checkboxes. `choices_list` is the list of (code, label) pairs;
    it is not passed to JSONField as `choices`, which would expect one value."""

    def __init__(self, *args, choices_list=(), **kwargs):
        self.choices_list = list(choices_list)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices_list", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices_list,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _label in self.choices_list}
        unknown = set(value or []) - allowed
        if unknown:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": ", ".join(unknown)}
            )
