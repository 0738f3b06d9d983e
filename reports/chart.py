"""Geometry of the server-rendered bar chart (no script, no inline style: CSP-safe).

Every coordinate leaves here as a plain string ("4.5", never "4,5" or "1 000"):
the browser parses SVG attributes, so they must not go through the locale's
number formatting. The template prints them inside `{% localize off %}` too,
so a number added there later is safe as well.
"""

CHART_WIDTH, BARS_HEIGHT, BAR_GAP = 600, 200, 8
# Room above the bars for the tallest bar's value label, and below the axis
# for the two label rows (month, year); baselines sit inside the view box.
TOP_MARGIN, MONTH_BASELINE, YEAR_BASELINE, BOTTOM_MARGIN = 20, 18, 34, 42
VALUE_GAP = 4


def svg_number(value: float) -> str:
    """A number as SVG and CSS parse it: a dot for decimals, no grouping, at most one decimal."""
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:.1f}"


def chart(months, peak: int) -> dict:
    """Bars, labels and view box for `months` (objects with `.month` and `.completions`), scaled to `peak`."""
    n = len(months) or 1
    slot = CHART_WIDTH / n
    bars = []
    for i, month in enumerate(months):
        height = round(BARS_HEIGHT * month.completions / peak) if peak else 0
        top = BARS_HEIGHT - height
        bars.append(
            {
                "x": svg_number(i * slot + BAR_GAP / 2),
                "y": svg_number(top),
                "width": svg_number(slot - BAR_GAP),
                "height": svg_number(height),
                "label_x": svg_number(i * slot + slot / 2),
                "value_y": svg_number(top - VALUE_GAP),
                "month": month.month,
                "value": month.completions,
            }
        )
    return {
        "view_box": " ".join(
            svg_number(n) for n in (0, -TOP_MARGIN, CHART_WIDTH, TOP_MARGIN + BARS_HEIGHT + BOTTOM_MARGIN)
        ),
        "width": svg_number(CHART_WIDTH),
        "axis_y": svg_number(BARS_HEIGHT),
        "month_y": svg_number(BARS_HEIGHT + MONTH_BASELINE),
        "year_y": svg_number(BARS_HEIGHT + YEAR_BASELINE),
        "bars": bars,
        "peak": peak,
    }
