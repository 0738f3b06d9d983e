"""Every object-scoped URL of `associations`, asked by each person outside its
scope, answers 404 — for GET and POST alike, so there is no existence oracle.

The sweep table must name every URL pattern of the app that takes an object
id; a new pattern without a row fails `test_sweep_covers_every_scoped_url`.
"""

import pytest
from django.urls import reverse

EVERYONE = {"staff", "coordinator", "coordinator_savo", "contact_a", "contact_b", "learner_a", "learner_b", "outsider"}
MANAGERS_OF_A = {"staff", "contact_a"}
OVERSEERS_OF_A = {"staff", "contact_a", "coordinator"}
MEMBERS_OF_A = {"contact_a", "learner_a"}

# url name -> (kwargs from the world, who is in scope)
SWEEP = {
    "members": (lambda w: {"slug": w.a.slug}, OVERSEERS_OF_A),
    "edit": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
    "invite": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
    "rotate_invite_link": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
    "disable_invite_link": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
    "change_role": (lambda w: {"slug": w.a.slug, "pk": w.membership_learner_a.pk}, MANAGERS_OF_A),
    "remove_member": (lambda w: {"slug": w.a.slug, "pk": w.membership_learner_a.pk}, MANAGERS_OF_A),
    "revoke_invitation": (lambda w: {"slug": w.a.slug, "pk": w.invitation_a.pk}, MANAGERS_OF_A),
    "decide_join_request": (lambda w: {"slug": w.a.slug, "pk": w.join_request_a.pk}, MANAGERS_OF_A),
    "leave": (lambda w: {"slug": w.a.slug}, MEMBERS_OF_A),
}
# Public facts or the person's own action, not object-scoped data.
NOT_SCOPED = {"mine", "find", "detail", "request_to_join", "join_by_link", "accept_invitation"}
# Import URLs are swept in tests/associations/test_import_views.py.
SWEPT_ELSEWHERE_PREFIX = "import"


def test_sweep_covers_every_scoped_url():
    from associations import urls

    names = {p.name for p in urls.urlpatterns}
    unswept = names - set(SWEEP) - NOT_SCOPED
    assert {n for n in unswept if not n.startswith(SWEPT_ELSEWHERE_PREFIX)} == set()


CASES = [(name, person) for name, (_kwargs, allowed) in SWEEP.items() for person in sorted(EVERYONE - allowed)]


@pytest.mark.parametrize(("name", "person"), CASES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_person_outside_the_scope_gets_404(client, world, name, person, method):
    kwargs_from, _allowed = SWEEP[name]
    url = reverse(f"associations:{name}", kwargs=kwargs_from(world))
    client.force_login(world.people[person])
    response = getattr(client, method)(url)
    # Views that accept only POST answer GET with 405 before looking anything up;
    # that reveals nothing about the object, so it counts as closed.
    allowed_statuses = {404} if method == "post" else {404, 405}
    assert response.status_code in allowed_statuses


@pytest.mark.parametrize("name", ["change_role", "remove_member"])
def test_contact_cannot_reach_a_membership_of_another_association_through_their_own(client, world, name):
    client.force_login(world.contact_a)
    url = reverse(f"associations:{name}", kwargs={"slug": world.a.slug, "pk": world.membership_learner_b.pk})
    assert client.post(url, {"role": "coach"}).status_code == 404
    world.membership_learner_b.refresh_from_db()
    assert world.membership_learner_b.active and world.membership_learner_b.role == "member"


@pytest.mark.parametrize("name", sorted(SWEEP))
def test_anonymous_visitor_is_sent_to_login(client, world, name):
    kwargs_from, _allowed = SWEEP[name]
    response = client.post(reverse(f"associations:{name}", kwargs=kwargs_from(world)))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("person", sorted(OVERSEERS_OF_A))
def test_people_in_scope_see_the_member_list(client, world, person):
    client.force_login(world.people[person])
    response = client.get(reverse("associations:members", kwargs={"slug": world.a.slug}))
    assert response.status_code == 200
    assert world.learner_a.email in response.content.decode()
