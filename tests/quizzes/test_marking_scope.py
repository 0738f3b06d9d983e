"""Who sees which reflections waiting for marking: trainers and staff see and
mark all; a coordinator sees, read only, those of members of the
associations they oversee; any other attempt answers 404."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from associations.models import CoordinatorAssignment, Membership
from courses.authoring import TRAINERS
from quizzes import services
from tests.factories import UserFactory
from tests.quizzes.conftest import post
from tests.quizzes.factories import reflection, single

EMAILS = ["trainer-m@example.org", "staff-m@example.org", "coord-m@example.org"]


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.MFA_EXEMPT_EMAILS = EMAILS


@pytest.fixture
def associations(db):
    from tests.associations.factories import AssociationFactory

    inside = AssociationFactory()
    outside = AssociationFactory()
    assert inside.municipality.region_id != outside.municipality.region_id
    return inside, outside


@pytest.fixture
def coordinator(associations):
    user = UserFactory(email="coord-m@example.org")
    CoordinatorAssignment.objects.create(user=user, region=associations[0].municipality.region)
    return user


@pytest.fixture
def trainer(db):
    user = UserFactory(email="trainer-m@example.org")
    user.groups.add(Group.objects.get_or_create(name=TRAINERS)[0])
    return user


@pytest.fixture
def staff(db):
    return UserFactory(email="staff-m@example.org", is_staff=True)


@pytest.fixture
def waiting(make_quiz, associations):
    """Two attempts awaiting marking: a member of the overseen association and one of another region."""
    quiz = make_quiz(questions=[single(), reflection(marked=True)], pass_mark=60)
    attempts = {}
    for name, association in zip(["inside", "outside"], associations, strict=True):
        learner = UserFactory(email=f"{name}-m@example.org")
        Membership.objects.create(user=learner, association=association)
        attempt = services.start_attempt(learner, quiz)
        data = post({"q-q-single": "q-single-0", "q-q-reflect": f"POHDINTA-{name}"}, 1)
        attempts[name] = services.submit_attempt(learner, attempt.public_id, data)[0]
    return attempts


def listed(html, attempt) -> bool:
    return reverse("quizzes:mark", args=[attempt.pk]) in html


def queue_html(client, user):
    client.force_login(user)
    response = client.get(reverse("quizzes:marking"))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("who", ["trainer", "staff"])
def test_trainers_and_staff_see_every_attempt_waiting(client, waiting, who, request):
    user = request.getfixturevalue(who)
    html = queue_html(client, user)
    assert listed(html, waiting["inside"]) and listed(html, waiting["outside"])


def test_coordinator_sees_only_members_of_associations_they_oversee(client, waiting, coordinator):
    html = queue_html(client, coordinator)
    assert listed(html, waiting["inside"]) and not listed(html, waiting["outside"])


def test_coordinator_reads_a_reflection_in_scope_without_a_marking_form(client, waiting, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("quizzes:mark", args=[waiting["inside"].pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "POHDINTA-inside" in html and 'name="points"' not in html


def test_coordinator_may_not_mark(client, waiting, coordinator):
    client.force_login(coordinator)
    url = reverse("quizzes:mark", args=[waiting["inside"].pk])
    response = client.post(url, {"question": "q-reflect", "points": "2"})
    assert response.status_code == 403
    waiting["inside"].refresh_from_db()
    assert waiting["inside"].marks == {} and waiting["inside"].state == "awaiting_marking"


def test_attempt_outside_the_coordinators_associations_is_404(client, waiting, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("quizzes:mark", args=[waiting["outside"].pk])).status_code == 404
    assert client.post(reverse("quizzes:mark", args=[waiting["outside"].pk]), {"points": "1"}).status_code == 404


def test_member_who_left_the_association_drops_out_of_the_coordinators_scope(client, waiting, coordinator):
    Membership.objects.filter(user=waiting["inside"].user).update(active=False)
    client.force_login(coordinator)
    assert client.get(reverse("quizzes:mark", args=[waiting["inside"].pk])).status_code == 404


def test_learner_gets_404_for_an_attempt_to_mark(client, waiting, learner):
    client.force_login(learner)
    assert client.get(reverse("quizzes:mark", args=[waiting["inside"].pk])).status_code == 404


def test_analytics_index_counts_only_attempts_in_scope(client, waiting, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("quizzes:index"))
    assert response.context["awaiting"] == 1
