"""Every object-scoped live URL, asked by each person outside its scope,
answers 404 for GET and POST alike: no existence oracle. (POST-only views
may answer GET with 405, before looking anything up.) The rules are
live/scope.py; the project-wide coverage check is
tests/associations/test_scope_sweep.py."""

import re

import pytest
from django.urls import reverse

from live import services

EVERYONE = {"staff", "trainer", "coordinator", "coordinator_savo", "contact_a", "contact_b"} | {
    "learner_a",
    "learner_b",
    "outsider",
}
MANAGERS = {"staff", "trainer"}  # the session's trainer and staff
# People who oversee any association see the participants who are their members (read only).
PARTICIPANT_VIEWERS = MANAGERS | {"coordinator", "coordinator_savo", "contact_a", "contact_b"}

# url name -> (kwargs from (session, registration), who is in scope)
SWEEP = {
    "participants": (lambda s, r: {"session_id": s.pk}, PARTICIPANT_VIEWERS),
    "export": (lambda s, r: {"session_id": s.pk}, PARTICIPANT_VIEWERS),
    "new_code": (lambda s, r: {"session_id": s.pk}, MANAGERS),
    "cancel_session": (lambda s, r: {"session_id": s.pk}, MANAGERS),
    "cancel": (lambda s, r: {"registration_id": r.pk}, {"learner_a"}),
}


@pytest.fixture
def people(world, trainer, settings):
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, trainer.email]
    return {**world.people, "trainer": trainer}


@pytest.fixture
def registration(session, world):
    return services.register(world.learner_a, session).registration


CASES = [(name, person) for name, (_kwargs, allowed) in SWEEP.items() for person in sorted(EVERYONE - allowed)]


@pytest.mark.parametrize(("name", "person"), CASES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_person_outside_the_scope_gets_404(client, people, session, registration, name, person, method):
    kwargs_from, _allowed = SWEEP[name]
    client.force_login(people[person])
    response = getattr(client, method)(reverse(f"live:{name}", kwargs=kwargs_from(session, registration)))
    assert response.status_code in ({404, 405} if method == "get" else {404})


def test_contact_sees_only_their_members_among_the_participants(client, people, session, registration, world):
    services.register(world.learner_b, session)
    client.force_login(people["contact_a"])
    html = client.get(reverse("live:participants", args=[session.pk])).content.decode()
    main = html.split("<main", 1)[-1]  # the header's Work menu holds words such as "Reports" (Faker names "Repo")
    assert re.search(rf"\b{re.escape(world.learner_a.last_name)}\b", main)
    assert not re.search(rf"\b{re.escape(world.learner_b.last_name)}\b", main)


def test_contact_may_not_mark_attendance(client, people, session, registration):
    client.force_login(people["contact_a"])
    response = client.post(reverse("live:participants", args=[session.pk]), {"attended": [registration.user_id]})
    assert response.status_code == 404
