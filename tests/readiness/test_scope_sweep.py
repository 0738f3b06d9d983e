"""Every object-scoped readiness URL, asked by each person outside its scope,
answers 404 for GET and POST alike (POST-only views may answer GET with 405)."""

import pytest
from django.urls import reverse

EVERYONE = {"staff", "coordinator", "coordinator_savo", "contact_a", "contact_b", "learner_a", "learner_b", "outsider"}
MANAGERS_OF_A = {"staff", "contact_a"}
OVERSEERS_OF_A = {"staff", "contact_a", "coordinator"}
REVIEWERS_OF_A = {"staff", "coordinator"}
MEMBERS_OF_A = {"contact_a", "learner_a"}

SWEEP = {
    "association": OVERSEERS_OF_A,
    "plan_file": OVERSEERS_OF_A,
    "contacts": MANAGERS_OF_A,
    "plan": MANAGERS_OF_A,
    "measures": MANAGERS_OF_A,
    "submit": MANAGERS_OF_A,
    "review": REVIEWERS_OF_A,
    "self_assessment": MEMBERS_OF_A,
}
NOT_SCOPED = {"directory", "profile", "overview"}


def test_sweep_covers_every_scoped_url():
    from readiness import urls

    assert {p.name for p in urls.urlpatterns} - set(SWEEP) - NOT_SCOPED == set()


CASES = [(name, person) for name, allowed in SWEEP.items() for person in sorted(EVERYONE - allowed)]


@pytest.mark.parametrize(("name", "person"), CASES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_person_outside_the_scope_gets_404(client, world, framework, name, person, method):
    url = reverse(f"readiness:{name}", kwargs={"slug": world.a.slug})
    client.force_login(world.people[person])
    response = getattr(client, method)(url)
    assert response.status_code in ({404} if method == "post" else {404, 405})


@pytest.mark.parametrize("person", ["learner_a", "learner_b", "outsider"])
def test_overview_is_404_for_people_who_oversee_nothing(client, world, person):
    client.force_login(world.people[person])
    assert client.get(reverse("readiness:overview")).status_code == 404


def test_overview_of_the_savo_coordinator_lists_only_savo(client, world, framework):
    client.force_login(world.coordinator_savo)
    response = client.get(reverse("readiness:overview"))
    assert [a.slug for a, _summary in response.context["rows"]] == [world.c.slug]


def test_anonymous_visitor_is_sent_to_log_in(client, world, framework):
    response = client.get(reverse("readiness:association", kwargs={"slug": world.a.slug}))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
