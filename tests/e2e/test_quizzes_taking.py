"""Learners take scenario quizzes in the browser: fail, wait out the
cool-down, retry and pass (keyboard only); resume after closing the tab; the
same quiz in Arabic (right to left). 0 axe violations on every page.

They use the shared `site` fixture (the whole demo, as `seed_demo` builds
it). A fixture seeding only up to quizzes was measured against it (SQLite,
4 alternating rounds on the shared 2-core machine): 5.2-7.2 s against
5.7-10.2 s per test, a difference within the noise of the machine; the whole
demo is what people see, so the tests use it."""

from datetime import timedelta

import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from quizzes.demo_content import digital, intercultural, welcoming
from tests.e2e.axe import assert_no_axe_violations

PASSWORD = "kohtaamo-demo"


def quiz_url(site, slug, language):
    from quizzes.models import QuizPage

    return site + QuizPage.objects.get(slug=slug, locale__language_code=language).url


def log_in(page, site, email):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("form[action$='/logout/']")).to_have_count(1)


def responses(quiz: dict, index: int) -> list[str]:
    """The response at `index` of every scenario (0 = the best one)."""
    return [question[3][index][0] for question in quiz["questions"]]


# Keyboard only --------------------------------------------------------------------------------------


def focused(page, script):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {script}; }})()")


def tab_to(page, predicate_script, limit=200):
    """Press Tab until the focused element matches (a JS expression over `el`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page, predicate_script):
            return
    raise AssertionError(f"never focused: {predicate_script}")


def choose_by_keyboard(page, label):
    """Tab into the radio group of the option labelled `label`, then arrow to it."""
    target = page.get_by_label(label, exact=True)
    name = target.get_attribute("name")
    tab_to(page, f"el.type === 'radio' && el.name === {name!r}")
    for _ in range(10):
        if target.is_checked():
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"could not choose {label}")


def press_button(page, text):
    tab_to(page, f"(el.tagName === 'BUTTON') && el.textContent.trim() === {text!r}")
    page.keyboard.press("Enter")


def answer_and_submit_by_keyboard(page, labels):
    page.locator("#quiz-heading").focus()  # start tabbing from the quiz
    for label in labels:
        choose_by_keyboard(page, label)
    press_button(page, "Submit answers")


def test_learner_fails_waits_out_the_cooldown_retries_and_passes_with_the_keyboard(page, site):
    log_in(page, site, "learner2@example.org")
    url = quiz_url(site, "digitilanteet-visa", "en")
    page.goto(url)
    expect(page.locator("h1")).to_have_text(digital.QUIZ_EN["title"])
    assert_no_axe_violations(page)

    press_button(page, "Start the quiz")
    expect(page.locator("#quiz-form")).to_be_visible()
    assert_no_axe_violations(page)
    answer_and_submit_by_keyboard(page, responses(digital.QUIZ_EN, 2))
    expect(page.locator(".quiz-outcome").first).to_contain_text("not passed")
    assert_no_axe_violations(page)

    page.goto(url)
    expect(page.locator(".quiz-reason")).to_contain_text("You can try again after")
    assert_no_axe_violations(page)

    with time_machine.travel(timezone.now() + timedelta(minutes=11), tick=True):
        page.reload()
        press_button(page, "Try again")
        expect(page.locator("#quiz-form")).to_be_visible()
        answer_and_submit_by_keyboard(page, responses(digital.QUIZ_EN, 0))
        expect(page.locator(".quiz-passed")).to_be_visible()
        assert_no_axe_violations(page)

        page.goto(url)
        expect(page.locator(".step-completion .step-done")).to_be_visible()
        expect(page.locator(".outline-step.is-current.is-done")).to_have_count(1)
        assert_no_axe_violations(page)


def test_closing_the_tab_mid_attempt_and_coming_back_keeps_the_answers(page, context, site):
    log_in(page, site, "learner2@example.org")
    url = quiz_url(site, "arjen-tilanteet-visa", "en")
    page.goto(url)
    page.get_by_role("button", name="Start the quiz").click()
    chosen = responses(intercultural.SITUATIONS_EN, 0)[:3]
    for label in chosen:
        page.get_by_label(label, exact=True).check()
    expect(page.locator(".quiz-save-status")).to_contain_text("saved", timeout=10000)
    page.close()

    again = context.new_page()
    again.goto(url)
    for label in chosen:
        expect(again.get_by_label(label, exact=True)).to_be_checked()
    expect(again.get_by_label(responses(intercultural.SITUATIONS_EN, 0)[3], exact=True)).not_to_be_checked()
    assert_no_axe_violations(again)


def test_the_same_quiz_in_arabic_reads_right_to_left(page, site):
    log_in(page, site, "learner@example.org")
    page.goto(quiz_url(site, "esteet-ja-keinot-visa", "ar"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text(welcoming.QUIZ_AR["title"])
    assert_no_axe_violations(page)
    page.locator("form[action$='/start/'] button").click()
    for label in responses(welcoming.QUIZ_AR, 0):
        page.get_by_label(label, exact=True).check()
    assert_no_axe_violations(page)
    page.locator("button[name=action][value=submit]").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator(".quiz-passed")).to_be_visible()
    expect(page.locator(".quiz-review-item").first).to_contain_text(welcoming.QUIZ_AR["questions"][0][3][0][2])
    assert_no_axe_violations(page)
