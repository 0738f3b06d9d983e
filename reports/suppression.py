"""Small-cell suppression for published counts.

Primary: any count from 1 up to the threshold (exclusive) is hidden; zeros are
shown (a zero reveals no one). Secondary: a cross table is published with its
row and column totals, so every row and every column is an equation
(cells + total). A line with exactly one hidden entry would give that entry
away by subtraction; we hide a second entry in it (the smallest, preferring
inner cells over totals) and repeat until no line has exactly one hidden
entry. Hiding more never reveals more, so the loop ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

DEFAULT_THRESHOLD = 5


def threshold() -> int:
    return int(getattr(settings, "REPORTS_SUPPRESSION_THRESHOLD", DEFAULT_THRESHOLD))


@dataclass
class SuppressedTable:
    """A cross table with totals; hidden entries are None."""

    row_labels: list[str]
    column_labels: list[str]
    cells: list[list[int | None]]  # rows × columns, then the row total as the last column
    column_totals: list[int | None]  # per column, then the grand total


def suppress(counts: list[list[int]], limit: int | None = None) -> tuple[list[list[bool]], list[list[int]]]:
    """Return (hidden, full) for the table of `counts` extended with totals.

    `full` is (R+1) × (C+1): the last column holds row totals, the last row
    column totals, the corner the grand total. `hidden` marks what to hide.
    """
    limit = threshold() if limit is None else limit
    n_rows, n_cols = len(counts), len(counts[0]) if counts else 0
    full = [[*row, sum(row)] for row in counts]
    full.append([sum(full[i][j] for i in range(n_rows)) for j in range(n_cols + 1)])
    hidden = [[0 < value < limit for value in row] for row in full]

    lines = [[(i, j) for j in range(n_cols + 1)] for i in range(n_rows + 1)]
    lines += [[(i, j) for i in range(n_rows + 1)] for j in range(n_cols + 1)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(hidden[i][j] for i, j in line) != 1:
                continue
            candidates = [(i, j) for i, j in line if not hidden[i][j]]
            # Smallest positive inner cell first, then zeros, then totals.
            i, j = min(
                candidates, key=lambda p: (p[0] == n_rows or p[1] == n_cols, full[p[0]][p[1]] == 0, full[p[0]][p[1]])
            )
            hidden[i][j] = True
            changed = True
    return hidden, full


def suppressed_table(row_labels, column_labels, counts: list[list[int]], limit: int | None = None) -> SuppressedTable:
    if not counts:
        return SuppressedTable(list(row_labels), list(column_labels), [], [0] * (len(column_labels) + 1))
    hidden, full = suppress(counts, limit)
    shown = [[None if hidden[i][j] else full[i][j] for j in range(len(full[i]))] for i in range(len(full))]
    return SuppressedTable(list(row_labels), list(column_labels), shown[:-1], shown[-1])
