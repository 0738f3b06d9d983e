"""Trainers read quiz analytics (filtered by association) and mark
reflections; a coordinator sees the associations they oversee. 0 axe
violations on every page."""

from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.test_quizzes_taking import log_in, quiz_site  # noqa: F401 -- fixture


def test_trainer_reads_quiz_analytics_and_marks_a_reflection(page, quiz_site, settings):  # noqa: F811
    from django.http import QueryDict

    from quizzes import services
    from quizzes.models import QuizPage
    from tests.factories import UserFactory

    settings.MFA_EXEMPT_EMAILS = ["trainer@example.org"]
    # A quiz with a marked reflection, answered by a learner.
    quiz = QuizPage.objects.get(slug="digitilanteet-visa", locale__language_code="fi")
    quiz.questions.append(("reflection", {"prompt": "Mitä muutat?", "marked": True, "points": 2, "explanation": ""}))
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    learner = UserFactory(email="pohtija@example.org")
    attempt = services.start_attempt(learner, quiz)
    reflection_id = attempt.snapshot["questions"][-1]["id"]
    data = QueryDict(mutable=True)
    data.update({"sequence": "1", f"q-{reflection_id}": "Teen tiedotteet selkokielellä."})
    services.submit_attempt(learner, attempt.public_id, data)

    log_in(page, quiz_site, "trainer@example.org")
    page.goto(f"{quiz_site}/en/quizzes/")
    expect(page.locator("h1")).to_have_text("Quiz analytics")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Esteet ja keinot: mitä tekisit?").click()
    expect(page.locator("#total-attempts")).to_have_text("5")
    assert_no_axe_violations(page)

    page.goto(f"{quiz_site}/en/quizzes/")
    page.get_by_role("link", name="waiting for marking").click()
    expect(page.locator("h1")).to_have_text("Reflections to mark")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Mark").first.click()
    expect(page.locator("blockquote")).to_contain_text("Teen tiedotteet selkokielellä.")
    assert_no_axe_violations(page)
    page.get_by_label("Points (0–2)").fill("2")
    page.get_by_role("button", name="Save the mark").click()
    expect(page.locator(".messages")).to_contain_text("The mark is saved.")
    assert_no_axe_violations(page)


def test_coordinator_filters_analytics_by_an_association_they_oversee(page, quiz_site, settings):  # noqa: F811
    settings.MFA_EXEMPT_EMAILS = ["coordinator@example.org"]
    log_in(page, quiz_site, "coordinator@example.org")
    page.goto(f"{quiz_site}/en/quizzes/")
    page.get_by_role("link", name="Esteet ja keinot: mitä tekisit?").click()
    options = page.locator("#id_association option")
    expect(options.nth(1)).to_be_attached()
    page.get_by_label("Association").select_option(index=1)
    page.get_by_role("button", name="Show").click()
    expect(page.locator("h2").first).not_to_have_text("All the associations you oversee")
    assert_no_axe_violations(page)
