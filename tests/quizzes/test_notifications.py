"""A trainer's marks on a quiz attempt's reflections notify the learner once
per attempt, with the link to the result (issue 12 §3)."""

import pytest
from django.core import mail

from notifications.models import Notification
from quizzes import services
from tests.factories import UserFactory
from tests.quizzes.conftest import post
from tests.quizzes.factories import reflection, single

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(db):
    return UserFactory(email="trainer-x@example.org")


def submitted(make_quiz, learner, questions):
    quiz = make_quiz(questions=questions, pass_mark=60)
    attempt = services.start_attempt(learner, quiz)
    given = {"q-single": "q-single-0", "q-reflect": "Teksti", "q-reflect2": "Toinen"}
    qids = {question["id"] for question in questions}
    answers = {f"q-{qid}": text for qid, text in given.items() if qid in qids}
    services.submit_attempt(learner, attempt.public_id, post(answers, 1))
    return attempt


def marked(user):
    return list(Notification.objects.filter(recipient=user, kind="quizzes.reflection_marked"))


def test_marking_the_reflection_notifies_the_learner_with_the_result_link(
    make_quiz, learner, trainer, django_capture_on_commit_callbacks
):
    attempt = submitted(make_quiz, learner, [single(), reflection(marked=True)])
    with django_capture_on_commit_callbacks(execute=True):
        services.mark_reflection(trainer, attempt.pk, "q-reflect", "1", "Hyvä")
    (notice,) = marked(learner)
    assert notice.url == f"/fi/quizzes/attempts/{attempt.public_id}/"
    assert [m.to for m in mail.outbox] == [[learner.email]]


def test_nobody_but_the_learner_is_notified(make_quiz, learner, other_learner, trainer):
    attempt = submitted(make_quiz, learner, [single(), reflection(marked=True)])
    services.mark_reflection(trainer, attempt.pk, "q-reflect", "1")
    assert marked(other_learner) == [] and marked(trainer) == []


def test_marking_again_does_not_notify_twice(make_quiz, learner, trainer):
    attempt = submitted(make_quiz, learner, [single(), reflection(marked=True)])
    services.mark_reflection(trainer, attempt.pk, "q-reflect", "1")
    services.mark_reflection(trainer, attempt.pk, "q-reflect", "0", "Korjattu")
    assert len(marked(learner)) == 1


def test_the_learner_is_told_once_when_the_last_reflection_is_marked(make_quiz, learner, trainer):
    attempt = submitted(make_quiz, learner, [single(), reflection(marked=True), reflection("q-reflect2", marked=True)])
    services.mark_reflection(trainer, attempt.pk, "q-reflect", "1")
    assert marked(learner) == []
    services.mark_reflection(trainer, attempt.pk, "q-reflect2", "1")
    assert len(marked(learner)) == 1


def test_the_result_link_is_in_the_learners_language(make_quiz, learner, trainer):
    learner.preferred_language = "en"
    learner.save(update_fields=["preferred_language"])
    attempt = submitted(make_quiz, learner, [single(), reflection(marked=True)])
    services.mark_reflection(trainer, attempt.pk, "q-reflect", "1")
    assert marked(learner)[0].url == f"/en/quizzes/attempts/{attempt.public_id}/"
