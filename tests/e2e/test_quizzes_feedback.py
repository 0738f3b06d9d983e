"""A quiz that gives feedback after each question, with a scenario that has
an image: "Check this answer" locks that answer and shows the feedback for
that question only; before checking the page holds no feedback at all. The
image has its alternative text. 0 axe violations on every page."""

from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.test_quizzes_taking import log_in

ALT = "Parent and child at the door of the swimming hall, the coach greeting them"


def feedback_quiz():
    """A Finnish quiz step next to a demo quiz: a scenario with an image, then a single choice."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    from quizzes.models import FeedbackTiming, QuizPage
    from tests.quizzes.factories import QuizPageFactory, scenario, single

    module = QuizPage.objects.get(slug="digitilanteet-visa", locale__language_code="fi").get_parent()
    image = get_image_model().objects.create(title="Uimahalli", file=get_test_image_file())
    situation = scenario()
    situation["value"].update({"image": image.pk, "image_alt": ALT})
    return QuizPageFactory(
        parent=module,
        slug="palaute-heti-visa",
        title="Palaute heti",
        feedback_timing=FeedbackTiming.AFTER_QUESTION,
        questions=[situation, single()],
    )


def test_checking_an_answer_locks_it_and_shows_feedback_for_that_question_only(page, site):
    quiz = feedback_quiz()
    log_in(page, site, "learner2@example.org")
    page.goto(site + quiz.url)
    page.locator("form[action$='/start/'] button").click()
    expect(page.locator("#quiz-form")).to_be_visible()

    image = page.locator("#question-q-scenario img")
    expect(image).to_have_attribute("alt", ALT)
    assert "PALAUTE" not in page.content()  # every feedback text of the test quiz contains it
    assert_no_axe_violations(page)

    page.get_by_label("Kysyt, mikä järjestely sopisi", exact=True).check()
    page.locator("button[name=check][value=q-scenario]").click()

    checked = page.locator("#question-q-scenario")
    expect(checked).to_contain_text("PALAUTE-KYSY")
    expect(page.get_by_label("Kysyt, mikä järjestely sopisi", exact=True)).to_be_checked()
    expect(page.get_by_label("Ehdotat erillistä vuoroa heti", exact=True)).to_be_disabled()
    expect(page.locator("button[name=check][value=q-scenario]")).to_have_count(0)
    expect(page.locator("#question-q-single")).not_to_contain_text("PALAUTE")
    expect(page.locator("button[name=check][value=q-single]")).to_be_enabled()
    expect(page.locator("#question-q-scenario img")).to_have_attribute("alt", ALT)
    assert_no_axe_violations(page)
