"""The cells of a contact's members × courses matrix (reports_tags.matrix_cell):
the status in the interface language, a completion's day in the site's time zone."""

from datetime import UTC, datetime

from django.utils import translation

from reports.association_report import COMPLETED, IN_PROGRESS, NOT_STARTED, Cell
from reports.templatetags.reports_tags import matrix_cell


def test_a_completed_cell_shows_the_local_day_of_the_completion():
    late_evening_in_utc = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)  # 1 December in Helsinki
    with translation.override("en"):
        html = matrix_cell(Cell(status=COMPLETED, completed_at=late_evening_in_utc))
    assert html == (
        '<td class="reports-cell reports-completed"><span aria-hidden="true">✓</span> Completed 12/01/2026</td>'
    )


def test_an_in_progress_cell_shows_the_share_of_steps_done():
    with translation.override("en"):
        html = matrix_cell(Cell(status=IN_PROGRESS, done=1, total=3))
    assert html == '<td class="reports-cell reports-in_progress">In progress (33%)</td>'


def test_a_cell_is_in_the_interface_language_of_each_request():
    cell = Cell(status=NOT_STARTED)
    with translation.override("en"):
        english = matrix_cell(cell)
    with translation.override("fi"):
        finnish = matrix_cell(cell)
    assert "Not started" in english
    assert "Not started" not in finnish and finnish.startswith('<td class="reports-cell reports-not_started">')
