"""Region scope wins (issue 17, defect 9): a person who is a regional
coordinator or an association contact sees, in quiz marking and quiz and
course analytics, only the learners of the associations they oversee, even
when they are also in the Reviewers or Trainers group. A trainer with no
region or association of their own, and staff, still see every learner."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from associations.models import CoordinatorAssignment, Membership, Role
from courses.authoring import REVIEWERS, TRAINERS
from quizzes import services
from reports.course_analytics import EVERYONE, learner_scope_or_none
from tests.associations.factories import AssociationFactory
from tests.factories import UserFactory
from tests.quizzes.conftest import post
from tests.quizzes.factories import reflection, single

EMAILS = ["coord-reviewer@example.org", "contact-trainer@example.org", "staff-coord@example.org", "plain@example.org"]


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.MFA_EXEMPT_EMAILS = EMAILS


def _in_group(user, name):
    user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


@pytest.fixture
def associations(db):
    inside, outside = AssociationFactory(), AssociationFactory()
    assert inside.municipality.region_id != outside.municipality.region_id
    return inside, outside


@pytest.fixture
def quiz(make_quiz):
    return make_quiz(questions=[single(), reflection(marked=True)], pass_mark=60)


@pytest.fixture
def waiting(quiz, associations):
    """One attempt awaiting marking in each association."""
    attempts = {}
    for name, association in zip(["inside", "outside"], associations, strict=True):
        learner = UserFactory(email=f"{name}-rs@example.org")
        Membership.objects.create(user=learner, association=association)
        attempt = services.start_attempt(learner, quiz)
        data = post({"q-q-single": "q-single-0", "q-q-reflect": f"POHDINTA-{name}"}, 1)
        attempts[name] = services.submit_attempt(learner, attempt.public_id, data)[0]
    return attempts


@pytest.fixture
def coordinator_reviewer(associations):
    user = _in_group(UserFactory(email="coord-reviewer@example.org"), REVIEWERS)
    CoordinatorAssignment.objects.create(user=user, region=associations[0].municipality.region)
    return user


@pytest.fixture
def contact_trainer(associations):
    user = _in_group(UserFactory(email="contact-trainer@example.org"), TRAINERS)
    Membership.objects.create(user=user, association=associations[0], role=Role.CONTACT)
    return user


def _queue(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("quizzes:marking"))
    assert response.status_code == 200
    return response.content.decode()


def _listed(html, attempt) -> bool:
    return reverse("quizzes:mark", args=[attempt.pk]) in html


def test_coordinator_who_is_a_reviewer_sees_only_their_regions_attempts_in_the_queue(
    client, waiting, coordinator_reviewer
):
    html = _queue(client, coordinator_reviewer)
    assert _listed(html, waiting["inside"]) and not _listed(html, waiting["outside"])


def test_contact_who_is_a_trainer_sees_only_their_associations_attempts_in_the_queue(client, waiting, contact_trainer):
    html = _queue(client, contact_trainer)
    assert _listed(html, waiting["inside"]) and not _listed(html, waiting["outside"])


def test_coordinator_who_is_a_reviewer_gets_404_for_an_attempt_of_another_region(client, waiting, coordinator_reviewer):
    client.force_login(coordinator_reviewer)
    url = reverse("quizzes:mark", args=[waiting["outside"].pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"question": "q-reflect", "points": "2"}).status_code == 404
    waiting["outside"].refresh_from_db()
    assert waiting["outside"].marks == {}


def test_coordinator_who_is_a_reviewer_still_marks_in_their_region(client, waiting, coordinator_reviewer):
    client.force_login(coordinator_reviewer)
    response = client.post(
        reverse("quizzes:mark", args=[waiting["inside"].pk]), {"question": "q-reflect", "points": "2"}
    )
    assert response.status_code == 302
    waiting["inside"].refresh_from_db()
    assert waiting["inside"].marks["q-reflect"]["points"] == 2


def test_quiz_analytics_of_a_coordinator_who_is_a_reviewer_count_only_their_region(
    client, waiting, quiz, coordinator_reviewer
):
    client.force_login(coordinator_reviewer)
    response = client.get(reverse("quizzes:analytics", args=[quiz.pk]))
    assert response.status_code == 200
    assert response.context["figures"].learners == 1
    assert response.context["everyone"] is False


def test_course_analytics_of_a_coordinator_who_is_a_reviewer_cover_only_their_region(waiting, coordinator_reviewer):
    scope = learner_scope_or_none(coordinator_reviewer)
    assert scope is not EVERYONE
    assert set(scope.values_list("user_id", flat=True)) == {waiting["inside"].user_id}


def test_trainer_without_a_region_still_sees_every_learner(client, waiting):
    trainer = _in_group(UserFactory(email="plain@example.org"), TRAINERS)
    html = _queue(client, trainer)
    assert _listed(html, waiting["inside"]) and _listed(html, waiting["outside"])
    assert learner_scope_or_none(trainer) is EVERYONE


def test_staff_who_is_also_a_coordinator_sees_every_learner(client, waiting, associations):
    staff = UserFactory(email="staff-coord@example.org", is_staff=True)
    CoordinatorAssignment.objects.create(user=staff, region=associations[0].municipality.region)
    html = _queue(client, staff)
    assert _listed(html, waiting["inside"]) and _listed(html, waiting["outside"])
