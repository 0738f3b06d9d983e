"""Trainer analytics and the marking queue: who may see what, and the figures."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from associations.models import Membership
from courses.authoring import TRAINERS
from quizzes import reporting, services
from tests.factories import UserFactory
from tests.quizzes.conftest import RIGHT, WRONG, post
from tests.quizzes.factories import reflection, single


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.MFA_EXEMPT_EMAILS = ["trainer-q@example.org", "coord-q@example.org", "contact-q@example.org"]


@pytest.fixture
def trainer(db):
    user = UserFactory(email="trainer-q@example.org")
    user.groups.add(Group.objects.get_or_create(name=TRAINERS)[0])
    return user


@pytest.fixture
def association(db):
    from tests.associations.factories import AssociationFactory

    return AssociationFactory()


def take(user, quiz, answers):
    attempt = services.start_attempt(user, quiz)
    return services.submit_attempt(user, attempt.public_id, post(answers, 1))[0]


def test_learner_may_not_open_analytics(client, learner, quiz):
    client.force_login(learner)
    assert client.get(reverse("quizzes:analytics", kwargs={"page_id": quiz.pk})).status_code == 403
    assert reporting.quizzes_with_analytics_for(learner) == []


def test_trainer_sees_pass_rate_average_and_distractors(client, trainer, quiz, learner, other_learner):
    take(learner, quiz, RIGHT)
    take(other_learner, quiz, WRONG)
    figures = reporting.quiz_figures(quiz)
    assert figures.attempts == 2 and figures.passed == 1 and figures.pass_rate == 50
    single_figure = next(q for q in figures.questions if q.id == "q-single")
    assert single_figure.correct_rate == 50
    assert {o.id: o.count for o in single_figure.options} == {"q-single-0": 1, "q-single-1": 1, "q-single-2": 0}
    client.force_login(trainer)
    response = client.get(reverse("quizzes:analytics", kwargs={"page_id": quiz.pk}))
    assert response.status_code == 200 and "Pass rate" in response.content.decode()


def test_quizzes_with_analytics_for_lists_the_quiz_for_a_trainer(trainer, quiz):
    assert reporting.quizzes_with_analytics_for(trainer) == [
        (quiz, reverse("quizzes:analytics", kwargs={"page_id": quiz.pk}))
    ]


def test_association_filter_limits_to_its_members(client, trainer, quiz, learner, other_learner, association):
    Membership.objects.create(user=learner, association=association)
    take(learner, quiz, RIGHT)
    take(other_learner, quiz, WRONG)
    trainer.is_staff = True  # staff oversee every association
    trainer.save()
    client.force_login(trainer)
    response = client.get(reverse("quizzes:analytics", kwargs={"page_id": quiz.pk}), {"association": association.pk})
    assert response.status_code == 200
    assert response.context["figures"].attempts == 1 and response.context["figures"].passed == 1


def test_association_outside_the_scope_is_404(client, trainer, quiz, association):
    client.force_login(trainer)  # a trainer oversees no association
    response = client.get(reverse("quizzes:analytics", kwargs={"page_id": quiz.pk}), {"association": association.pk})
    assert response.status_code == 404


def test_coordinator_sees_only_members_of_overseen_associations(client, quiz, learner, other_learner, association):
    from associations.models import CoordinatorAssignment

    coordinator = UserFactory(email="coord-q@example.org")
    CoordinatorAssignment.objects.create(user=coordinator, region=association.municipality.region)
    Membership.objects.create(user=learner, association=association)
    take(learner, quiz, RIGHT)
    take(other_learner, quiz, WRONG)
    client.force_login(coordinator)
    response = client.get(reverse("quizzes:analytics", kwargs={"page_id": quiz.pk}))
    assert response.status_code == 200 and response.context["figures"].attempts == 1


def test_trainer_marks_a_reflection_from_the_queue(client, trainer, make_quiz, learner):
    quiz = make_quiz(questions=[single(), reflection(marked=True)], pass_mark=60)
    attempt = take(learner, quiz, {"q-q-single": "q-single-0", "q-q-reflect": "Pohdintani"})
    client.force_login(trainer)
    queue = client.get(reverse("quizzes:marking"))
    assert "Mark" in queue.content.decode()
    page = client.get(reverse("quizzes:mark", args=[attempt.pk]))
    assert "Pohdintani" in page.content.decode()
    bad = client.post(reverse("quizzes:mark", args=[attempt.pk]), {"question": "q-reflect", "points": "99"})
    assert bad.status_code == 400
    client.post(reverse("quizzes:mark", args=[attempt.pk]), {"question": "q-reflect", "points": "2", "comment": "Hyvä"})
    attempt.refresh_from_db()
    assert attempt.state == "graded" and attempt.passed


def test_learner_may_not_mark(client, learner, quiz):
    client.force_login(learner)
    assert client.get(reverse("quizzes:marking")).status_code == 403
