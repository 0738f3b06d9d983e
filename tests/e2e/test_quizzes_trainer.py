"""Trainers read quiz analytics (filtered by association) and mark
reflections; a coordinator sees the associations they oversee and reads,
without marking, the reflections of their members. 0 axe violations on every
page."""

from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.test_quizzes_taking import log_in


def reflection_waiting(email, association=None):
    """A learner (a member of `association`, when given) whose attempt waits for a trainer's mark."""
    from django.http import QueryDict

    from associations.models import Membership
    from quizzes import services
    from quizzes.models import QuizPage
    from tests.factories import UserFactory

    quiz = QuizPage.objects.get(slug="digitilanteet-visa", locale__language_code="fi")
    if not any(block.block_type == "reflection" for block in quiz.questions):
        quiz.questions.append(
            ("reflection", {"prompt": "Mitä muutat?", "marked": True, "points": 2, "explanation": ""})
        )
        quiz.save_revision().publish()
        quiz.refresh_from_db()
    learner = UserFactory(email=email)
    if association is not None:
        Membership.objects.create(user=learner, association=association)
    attempt = services.start_attempt(learner, quiz)
    reflection_id = attempt.snapshot["questions"][-1]["id"]
    data = QueryDict(mutable=True)
    data.update({"sequence": "1", f"q-{reflection_id}": "Teen tiedotteet selkokielellä."})
    return services.submit_attempt(learner, attempt.public_id, data)[0]


def test_trainer_reads_quiz_analytics_and_marks_a_reflection(page, site, settings):
    settings.MFA_EXEMPT_EMAILS = ["trainer@example.org"]
    reflection_waiting("pohtija@example.org")

    log_in(page, site, "trainer@example.org")
    page.goto(f"{site}/en/quizzes/")
    expect(page.locator("h1")).to_have_text("Quiz analytics")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Esteet ja keinot: mitä tekisit?").click()
    expect(page.locator("#total-attempts")).to_have_text("5")
    assert_no_axe_violations(page)

    page.goto(f"{site}/en/quizzes/")
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


def test_coordinator_filters_analytics_by_an_association_they_oversee(page, site, settings):
    settings.MFA_EXEMPT_EMAILS = ["coordinator@example.org"]
    log_in(page, site, "coordinator@example.org")
    page.goto(f"{site}/en/quizzes/")
    page.get_by_role("link", name="Esteet ja keinot: mitä tekisit?").click()
    options = page.locator("#id_association option")
    expect(options.nth(1)).to_be_attached()
    page.get_by_label("Association").select_option(index=1)
    page.get_by_role("button", name="Show").click()
    expect(page.locator("h2").first).not_to_have_text("All the associations you oversee")
    assert_no_axe_violations(page)


def test_coordinator_reads_reflections_of_members_they_oversee_without_marking(page, site, settings):
    from associations.models import Association, CoordinatorAssignment
    from tests.factories import UserFactory

    # Not the demo coordinator: she also reviews courses, and reviewers mark like trainers.
    settings.MFA_EXEMPT_EMAILS = ["alue@example.org"]
    coordinator = UserFactory(email="alue@example.org", password="kohtaamo-demo")
    overseen = Association.objects.order_by("pk").first()
    CoordinatorAssignment.objects.create(user=coordinator, region=overseen.municipality.region)
    outside = Association.objects.exclude(pk__in=Association.objects.overseen_by(coordinator)).first()
    inside_attempt = reflection_waiting("oma-pohtija@example.org", overseen)
    outside_attempt = reflection_waiting("muu-pohtija@example.org", outside)

    log_in(page, site, "alue@example.org")
    page.goto(f"{site}/en/quizzes/marking/")
    expect(page.locator("h1")).to_have_text("Reflections to mark")
    expect(page.locator(f"a[href$='/marking/{inside_attempt.pk}/']")).to_have_count(1)
    expect(page.locator(f"a[href$='/marking/{outside_attempt.pk}/']")).to_have_count(0)
    assert_no_axe_violations(page)
    page.locator(f"a[href$='/marking/{inside_attempt.pk}/']").click()
    expect(page.locator("blockquote")).to_contain_text("Teen tiedotteet selkokielellä.")
    expect(page.locator("input[name=points]")).to_have_count(0)
    assert_no_axe_violations(page)
