"""Accessibility checks with axe-core (bundled by axe-playwright-python)."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_axe = Axe()

# Resolves when every animation that ends has ended; an endless one (a
# spinner) is left running, and a cancelled one counts as ended.
_SETTLE_ANIMATIONS = """
() => Promise.all(
    document.getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime))
        .map((animation) => animation.finished.catch(() => null))
).then(() => true)
"""


def assert_no_axe_violations(page) -> None:
    """Fail with a readable list if axe finds any WCAG 2.1 A/AA violation on `page`.

    Waits for the page's load event and its fonts first: a page reached by a
    redirect is often checked while its stylesheets are still loading, and an
    unstyled link on the styled header fails `color-contrast` in a state no
    browser ever paints (tests/e2e/test_axe_waits_for_styles.py). Then for
    every finite CSS transition and animation still running: a button just
    clicked or hovered fades between its two colour pairs for a moment (a
    Bootstrap `.btn` for 0.15 s), and a contrast sampled half-way is one no
    reader is left with (tests/e2e/test_axe_waits_for_transitions.py).
    """
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.evaluate(_SETTLE_ANIMATIONS)
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    violations = results.response["violations"]
    report = [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[node['target'] for node in v['nodes']][:5]}" for v in violations
    ]
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n" + "\n".join(report)
