"""Every object-scoped quizzes URL, asked by each person outside its scope,
answers 404 for GET and POST alike: no existence oracle. (POST-only views
may answer GET with 405, before looking anything up.)

Quiz analytics are a role, not an object's scope: the quiz page is public,
so a person who is no analyst gets 403 there, which says nothing about
anyone's data (tests/quizzes/test_analytics.py). The project-wide coverage
check is tests/associations/test_scope_sweep.py."""

import pytest
from django.urls import reverse

from quizzes import services
from tests.associations.conftest import world  # noqa: F401 (the scope world)
from tests.quizzes.conftest import post
from tests.quizzes.factories import reflection, single

EVERYONE = {"staff", "coordinator", "coordinator_savo", "contact_a", "contact_b", "learner_a", "learner_b", "outsider"}
ANALYSTS = {"staff", "coordinator", "coordinator_savo"}
OWNER = {"learner_a"}
MARKING_SCOPE_OF_A = {"staff", "coordinator"}  # learner_a is a member of a, in Kainuu

# url name -> (kwargs from the quiz world, who is in scope)
SWEEP = {
    "analytics": (lambda q: {"page_id": q.quiz.pk}, ANALYSTS),
    "mark": (lambda q: {"attempt_id": q.submitted.pk}, MARKING_SCOPE_OF_A),
    "result": (lambda q: {"public_id": q.submitted.public_id}, OWNER),
    "answer": (lambda q: {"public_id": q.open.public_id}, OWNER),
    "autosave": (lambda q: {"public_id": q.open.public_id}, OWNER),
    "submit": (lambda q: {"public_id": q.open.public_id}, OWNER),
}
ROLE_GATED = {"analytics"}  # 403 for people without the role (module docstring)


@pytest.fixture
def quiz_world(request, make_quiz):
    from types import SimpleNamespace

    scope_world = request.getfixturevalue("world")
    quiz = make_quiz(questions=[single(), reflection(marked=True)], pass_mark=60)
    learner = scope_world.learner_a
    first = services.start_attempt(learner, quiz)
    data = post({"q-q-single": "q-single-0", "q-q-reflect": "Pohdinta"}, 1)
    submitted = services.submit_attempt(learner, first.public_id, data)[0]
    assert submitted.state == "awaiting_marking"
    # A second quiz for the open attempt: the first waits for marking.
    other_quiz = make_quiz(questions=[single()], title="Toinen tietovisa", slug="toinen-tietovisa")
    return SimpleNamespace(
        people=scope_world.people, quiz=quiz, submitted=submitted, open=services.start_attempt(learner, other_quiz)
    )


CASES = [(name, person) for name, (_kwargs, allowed) in SWEEP.items() for person in sorted(EVERYONE - allowed)]


@pytest.mark.parametrize(("name", "person"), CASES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_person_outside_the_scope_gets_404(client, quiz_world, name, person, method):
    kwargs_from, _allowed = SWEEP[name]
    client.force_login(quiz_world.people[person])
    response = getattr(client, method)(reverse(f"quizzes:{name}", kwargs=kwargs_from(quiz_world)))
    closed = {404, 403} if name in ROLE_GATED else {404}
    assert response.status_code in (closed | {405} if method == "get" else closed)


@pytest.mark.parametrize("person", sorted(MARKING_SCOPE_OF_A))
def test_people_in_marking_scope_open_the_attempt(client, quiz_world, person):
    client.force_login(quiz_world.people[person])
    assert client.get(reverse("quizzes:mark", args=[quiz_world.submitted.pk])).status_code == 200
