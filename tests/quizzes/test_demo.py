"""The demo quizzes: every course has a scenario quiz in Finnish and English
(and Arabic where the course has it), a before/after self-assessment, and
learner@example.org has a failed and a passed attempt. Idempotent."""

import pytest
from wagtail.models import Locale

from courses.models import CoursePage
from quizzes.models import Attempt, QuizPage

UP_TO_QUIZZES = ["training", "accounts", "associations", "home", "courses", "quizzes"]


def seed_up_to_quizzes():
    """The demo seeds this app builds on, then its own (the apps above are not needed here)."""
    from importlib import import_module
    from importlib.util import find_spec

    context = {"password": "kohtaamo-demo", "stdout": open("/dev/null", "w")}  # noqa: SIM115
    for app in UP_TO_QUIZZES:
        if find_spec(f"{app}.demo") is not None:
            import_module(f"{app}.demo").seed(context)


@pytest.fixture
def seeded(demo_data):
    """The whole seeded demo (shared by the demo tests, see tests/conftest.py)."""


def test_every_demo_course_has_a_quiz_with_five_scenarios_in_finnish_and_english(seeded):
    fi, en = Locale.objects.get(language_code="fi"), Locale.objects.get(language_code="en")
    for course in CoursePage.objects.filter(locale=fi):
        quizzes = QuizPage.objects.live().descendant_of(course)
        scenario_quizzes = [q for q in quizzes if sum(b.block_type == "scenario" for b in q.questions) >= 5]
        assert scenario_quizzes, course.title
        for quiz in scenario_quizzes:
            translated = quiz.get_translation(en)
            assert translated.live and translated.title != quiz.title
            assert [b.id for b in translated.questions] == [b.id for b in quiz.questions]


def test_the_welcoming_quiz_is_in_arabic_with_the_same_ids(seeded):
    quiz = QuizPage.objects.get(slug="esteet-ja-keinot-visa", locale__language_code="fi")
    arabic = quiz.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.live
    source_items = [c.id for b in quiz.questions for c in b.value["responses"].bound_blocks]
    arabic_items = [c.id for b in arabic.questions for c in b.value["responses"].bound_blocks]
    assert source_items == arabic_items


def test_before_and_after_self_assessments_are_paired(seeded):
    phases = {}
    for quiz in QuizPage.objects.filter(locale__language_code="fi"):
        for block in quiz.questions:
            if block.block_type == "likert" and block.value["pair_key"]:
                phases.setdefault(block.value["pair_key"], set()).add(block.value["phase"])
    assert {"before", "after"} in phases.values()


def test_demo_learner_has_a_failed_and_a_passed_attempt(seeded):
    attempts = Attempt.objects.filter(user__email="learner@example.org", score__isnull=False)
    assert {a.passed for a in attempts} == {True, False}


def test_seeding_twice_creates_nothing_new(seeded):
    counts = (Attempt.objects.count(), QuizPage.objects.count())
    seed_up_to_quizzes()
    assert (Attempt.objects.count(), QuizPage.objects.count()) == counts
