from django import template

register = template.Library()


@register.filter
def can_remind(row, now) -> bool:
    return row.can_be_reminded(now)


@register.filter
def hidden_as(value, threshold):
    """A suppressed count (None) shown as "<threshold"."""
    return f"<{threshold}" if value is None else value


@register.filter
def zip_rows(labels, rows):
    return zip(labels, rows, strict=True)
