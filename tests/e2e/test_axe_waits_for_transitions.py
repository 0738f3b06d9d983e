"""The axe check judges the colours a button settles on, not a half-way fade.

A clicked or hovered `.btn` fades between its two colour pairs (Bootstrap:
0.15 s). CI once sampled the badge wallet's Share button in the middle of
that fade and failed `color-contrast` on a state no reader is left with. The
test makes the fade long enough to be caught every time without the wait.
"""

from tests.e2e.axe import assert_no_axe_violations

PAGE = """<!doctype html>
<html lang="en"><head><title>Fade</title><style>
  .fade-button { color: #595959; background-color: #ffffff; border: 0;
                 transition: color 4s linear, background-color 4s linear; }
  .fade-button.on { color: #ffffff; background-color: #333333; }
</style></head>
<body><main><h1>Fade</h1><button class="fade-button" type="button">Share</button></main></body></html>
"""


def test_axe_check_waits_for_a_colour_transition_to_end(page):
    page.set_content(PAGE)
    page.evaluate("document.querySelector('.fade-button').classList.add('on')")
    page.wait_for_timeout(1500)  # a quarter of the way: neither pair, too little contrast
    assert_no_axe_violations(page)


def test_axe_check_does_not_wait_for_an_endless_animation(page):
    page.set_content(
        PAGE.replace(
            "</style>",
            "@keyframes spin { to { transform: rotate(1turn); } }"
            " .spinner { animation: spin 1s linear infinite; }</style>",
        ).replace("</main>", '<div class="spinner" role="status">Loading</div></main>')
    )
    assert_no_axe_violations(page)
