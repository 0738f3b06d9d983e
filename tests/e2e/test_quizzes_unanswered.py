"""A learner submits a quiz with questions left open: the page names them
first, "Submit anyway" grades the attempt, the result says "Not answered" and
leads on to the next step. 0 axe violations on the warning and the result."""

from playwright.sync_api import expect

from quizzes.demo_content import digital
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import log_in


def test_submitting_with_questions_left_open_warns_then_shows_them_not_answered(page, site):
    from quizzes.models import QuizPage

    log_in(page, site, "learner2@example.org")
    page.goto(site + QuizPage.objects.get(slug="digitilanteet-visa", locale__language_code="en").url)
    page.get_by_role("button", name="Start the quiz").click()
    first = digital.QUIZ_EN["questions"][0][3][0][0]
    page.get_by_label(first, exact=True).check()
    page.locator("button[name=action][value=submit]").click()

    warning = page.locator("#quiz-confirm")
    expect(warning).to_be_visible()
    count = len(digital.QUIZ_EN["questions"])
    expect(warning).to_contain_text(f"{count - 1} of {count} questions are not fully answered")
    expect(page.locator(".quiz-unanswered-note")).to_have_count(count - 1)
    expect(page.get_by_label(first, exact=True)).to_be_checked()
    assert_no_axe_violations(page)

    warning.get_by_role("button", name="Submit anyway").click()
    expect(page.locator(".quiz-outcome").first).to_contain_text("not passed")
    expect(page.locator(".quiz-status-unanswered")).to_have_count(count - 1)
    expect(page.locator(".quiz-next-step")).to_be_visible()
    assert_no_axe_violations(page)
