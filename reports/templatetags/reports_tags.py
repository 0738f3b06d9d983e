from functools import lru_cache

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext

from reports.association_report import COMPLETED, IN_PROGRESS

register = template.Library()


@register.simple_tag
def matrix_cell(cell):
    """One cell of the members × courses matrix (templates/reports/association.html).

    Built here rather than with a {% blocktranslate %} per cell: a contact's
    matrix has a cell per member and course (a thousand at 50 members), and
    those tags cost a fifth of the page's CPU. Same strings (and so the same
    translations), the day as the `date` filter shows it in the site's time zone."""
    day = template_localtime(cell.completed_at).date() if cell.status == COMPLETED else None
    percent = cell.percent if cell.status == IN_PROGRESS else None
    return _cell_html(get_language(), cell.status, day, percent)


@lru_cache(maxsize=4096)
def _cell_html(language, status: str, day, percent):
    # Few distinct cells (status × day × percent per language): each is built once per process.
    if status == COMPLETED:
        text = format_html(
            '<span aria-hidden="true">✓</span> {}',
            gettext("Completed %(date)s") % {"date": date_format(day, "SHORT_DATE_FORMAT")},
        )
    elif status == IN_PROGRESS:
        text = gettext("In progress (%(percent)s%%)") % {"percent": percent}
    else:
        text = gettext("Not started")
    return format_html('<td class="reports-cell reports-{}">{}</td>', status, text)


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
