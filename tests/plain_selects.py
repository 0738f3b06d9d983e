"""A form's Python-written selects (accounts.forms.Select) swapped back for
Django's template-rendered Select, to compare the HTML the two write."""

from django import forms

from accounts.forms import Select


def with_plain_selects(form):
    for field in form.fields.values():
        if isinstance(field.widget, Select):
            plain = forms.Select(attrs=field.widget.attrs)
            plain.choices = field.widget.choices
            plain.is_required = field.widget.is_required
            field.widget = plain
    return form
