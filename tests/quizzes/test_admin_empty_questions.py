"""A quiz draft with empty questions (an abandoned "add question" kept by a
draft save or autosave) does not block "submit for review" in the Wagtail
admin: empty questions are dropped; a started but incomplete one is named."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses import authoring
from quizzes.models import QuizPage
from tests.factories import group_member
from tests.quizzes.factories import QuizPageFactory, true_false


@pytest.fixture
def trainer(course_tree, settings):
    authoring.ensure_authoring_setup(course_tree.index)
    return group_member(authoring.TRAINERS, settings, email="tiina.trainer@example.org")


@pytest.fixture
def draft_quiz(course_tree, trainer):
    quiz = QuizPageFactory(parent=course_tree.modules[0], questions=[true_false()], live=False, owner=trainer)
    quiz.save_revision(user=trainer)
    return quiz


def written_true_false():
    return {
        "prompt": "Selkokieli auttaa monia.",
        "points": "1",
        "explanation": "",
        "answer": "on",
        "feedback_true": "",
        "feedback_false": "",
    }


def empty_single_choice():
    """What the editor posts for a single-choice question added and left alone."""
    option = {"value": {"text": "", "feedback": ""}, "deleted": "", "order": "0", "id": ""}
    return {
        "prompt": "",
        "points": "1",
        "explanation": "",
        "options": {"count": "2", "0": option, "1": {**option, "order": "1"}},
    }


def started_single_choice():
    question = empty_single_choice()
    question["prompt"] = "Mikä auttaa?"
    return question


def form(questions, action: str) -> dict:
    return nested_form_data(
        {
            "title": "Tietovisa",
            "slug": "tietovisa",
            "intro": "",
            "questions": streamfield(questions),
            "pass_mark": "70",
            "max_attempts": "0",
            "cooldown_minutes": "0",
            "time_limit_minutes": "0",
            "draw_count": "0",
            "shuffle_options": "on",
            "feedback_timing": "after_submit",
            "show_correct_answers": "after_pass",
            "required": "on",
            "estimated_minutes": "10",
            action: action,
        }
    )


ABANDONED = [("true_false", written_true_false()), ("single", empty_single_choice()), ("single", empty_single_choice())]


def edit(client, quiz, questions, action=None):
    url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    return client.post(url, form(questions, action) if action else form(questions, "save-draft"))


def test_a_draft_save_keeps_empty_questions(client, trainer, draft_quiz):
    client.force_login(trainer)
    response = edit(client, draft_quiz, ABANDONED)
    assert response.status_code == 302
    draft = QuizPage.objects.get(pk=draft_quiz.pk).get_latest_revision_as_object()
    assert [block.block_type for block in draft.questions] == ["true_false", "single", "single"]


def test_submit_for_review_with_two_empty_questions_starts_the_review(client, trainer, draft_quiz):
    client.force_login(trainer)
    edit(client, draft_quiz, ABANDONED)  # the autosaved draft
    response = edit(client, draft_quiz, ABANDONED, action="action-submit")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert WorkflowState.objects.filter(object_id=str(draft_quiz.pk), status="in_progress").exists()


def test_submit_for_review_drops_the_empty_questions(client, trainer, draft_quiz):
    client.force_login(trainer)
    before = draft_quiz.revisions.count()
    edit(client, draft_quiz, ABANDONED, action="action-submit")
    assert draft_quiz.revisions.count() == before + 1  # the submitted revision
    submitted = QuizPage.objects.get(pk=draft_quiz.pk).get_latest_revision_as_object()
    assert [block.block_type for block in submitted.questions] == ["true_false"]


def test_an_incomplete_question_is_named_by_its_number(client, trainer, draft_quiz):
    client.force_login(trainer)
    questions = [("single", empty_single_choice()), ("true_false", written_true_false())]
    questions.append(("single", started_single_choice()))
    response = edit(client, draft_quiz, questions, action="action-submit")
    assert response.status_code == 200
    errors = response.context["form"].errors["questions"].as_data()[0]
    assert "Question 3 (Single choice) is not complete" in str(errors.non_block_errors.as_data()[0].message)
    assert set(errors.block_errors) == {2}  # the third block on the trainer's screen
    assert not WorkflowState.objects.filter(object_id=str(draft_quiz.pk)).exists()
