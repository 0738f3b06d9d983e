"""Small cells are hidden, and so is whatever would let totals reveal them."""

import pytest

from reports.suppression import suppress, suppressed_table


def lines(hidden):
    rows = [list(r) for r in hidden]
    cols = [list(c) for c in zip(*hidden, strict=True)]
    return rows + cols


def assert_no_line_has_a_single_hidden_entry(hidden):
    assert all(sum(line) != 1 for line in lines(hidden))


def test_count_below_threshold_is_hidden():
    hidden, _full = suppress([[3, 10], [12, 20]], limit=5)
    assert hidden[0][0]


def test_zero_is_shown():
    table = suppressed_table(["a", "b"], ["x", "y"], [[0, 10], [12, 20]], limit=5)
    assert table.cells[0][0] == 0


def test_count_at_threshold_is_shown():
    table = suppressed_table(["a", "b"], ["x", "y"], [[5, 10], [12, 20]], limit=5)
    assert table.cells[0][0] == 5


def test_row_total_cannot_reveal_the_hidden_cell():
    # Row a: 3 + 10 = 13. Hiding only 3 would leave 13 - 10 = 3 readable.
    hidden, _full = suppress([[3, 10], [12, 20]], limit=5)
    assert sum(hidden[0]) >= 2


def test_column_total_cannot_reveal_the_hidden_cell():
    hidden, _full = suppress([[3, 10], [12, 20]], limit=5)
    assert sum(row[0] for row in hidden) >= 2


def test_small_total_is_hidden_with_its_cells():
    # A whole row of 1 + 2 = 3: the total is small too.
    hidden, _full = suppress([[1, 2, 0], [10, 12, 9], [8, 7, 30]], limit=5)
    assert hidden[0][3]


@pytest.mark.parametrize(
    "counts",
    [
        [[3, 10], [12, 20]],
        [[1, 2, 0], [10, 12, 9], [8, 7, 30]],
        [[4, 0, 0], [0, 0, 0], [0, 0, 50]],
        [[6, 7, 8], [9, 2, 11], [13, 14, 1]],
        [[2], [30], [40]],
        [[1, 1, 1, 1]],
    ],
)
def test_no_row_or_column_has_exactly_one_hidden_entry(counts):
    hidden, _full = suppress(counts, limit=5)
    assert_no_line_has_a_single_hidden_entry(hidden)


def test_nothing_small_means_nothing_hidden():
    hidden, _full = suppress([[6, 7], [8, 9]], limit=5)
    assert not any(any(row) for row in hidden)


def test_threshold_comes_from_the_setting(settings):
    settings.REPORTS_SUPPRESSION_THRESHOLD = 10
    table = suppressed_table(["a", "b"], ["x", "y"], [[7, 10], [12, 20]])
    assert table.cells[0][0] is None


def test_default_threshold_is_five(settings):
    if hasattr(settings, "REPORTS_SUPPRESSION_THRESHOLD"):
        del settings.REPORTS_SUPPRESSION_THRESHOLD
    assert suppressed_table(["a", "b"], ["x", "y"], [[4, 10], [6, 20]]).cells[0][0] is None
    assert suppressed_table(["a", "b"], ["x", "y"], [[5, 10], [6, 20]]).cells[0][0] == 5
