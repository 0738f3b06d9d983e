"""The object-scoped badges URL (revoking an award), asked by each person
outside its scope, answers 404 for GET and POST alike. Verifying a badge and
reading its criteria are public by design (Open Badges). The project-wide
coverage check is tests/associations/test_scope_sweep.py."""

import pytest
from django.urls import reverse

from tests.associations.conftest import world  # noqa: F401 (the scope world)

EVERYONE = {"staff", "coordinator", "coordinator_savo", "contact_a", "contact_b", "learner_a", "learner_b", "outsider"}
SWEEP = {"revoke": (lambda award: {"award_id": award.pk}, {"staff"})}

CASES = [(name, who) for name, (_kwargs, allowed) in SWEEP.items() for who in sorted(EVERYONE - allowed)]


# `who`, not `person`: the `award` fixture is awarded to the fixture `person`.
@pytest.mark.parametrize(("name", "who"), CASES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_person_outside_the_scope_gets_404(client, request, award, name, who, method):
    people = request.getfixturevalue("world").people
    kwargs_from, _allowed = SWEEP[name]
    client.force_login(people[who])
    response = getattr(client, method)(reverse(f"badges:{name}", kwargs=kwargs_from(award)), {"reason": "x"})
    assert response.status_code == 404
    award.refresh_from_db()
    assert not award.revoked


def test_a_trainer_cannot_revoke(client, award, trainer):
    client.force_login(trainer)
    assert client.post(reverse("badges:revoke", args=[award.pk]), {"reason": "x"}).status_code == 404
