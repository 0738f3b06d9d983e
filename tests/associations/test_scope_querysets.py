"""The scope rule, in the querysets every view uses."""

import pytest
from django.contrib.auth.models import AnonymousUser

from associations.models import Association, Invitation, JoinRequest, Membership


def slugs(queryset):
    return set(queryset.values_list("slug", flat=True))


def test_staff_see_every_association(world):
    assert slugs(Association.objects.visible_to(world.staff)) == {"palloseura", "hiihtajat", "kuopion-4h"}


def test_coordinator_oversees_only_associations_of_their_region(world):
    assert slugs(Association.objects.overseen_by(world.coordinator)) == {"palloseura", "hiihtajat"}


def test_coordinator_of_another_region_oversees_none_of_kainuu(world):
    assert slugs(Association.objects.overseen_by(world.coordinator_savo)) == {"kuopion-4h"}


def test_contact_oversees_and_manages_only_their_association(world):
    assert slugs(Association.objects.overseen_by(world.contact_a)) == {"palloseura"}
    assert slugs(Association.objects.managed_by(world.contact_a)) == {"palloseura"}


def test_coordinator_manages_nothing(world):
    assert not Association.objects.managed_by(world.coordinator).exists()


def test_learner_oversees_nothing_but_sees_their_own_association(world):
    assert not Association.objects.overseen_by(world.learner_a).exists()
    assert slugs(Association.objects.visible_to(world.learner_a)) == {"palloseura"}


def test_learner_sees_only_their_own_memberships(world):
    assert set(Membership.objects.visible_to(world.learner_a)) == {world.membership_learner_a}


def test_contact_sees_every_membership_of_their_association_only(world):
    visible = Membership.objects.visible_to(world.contact_a)
    assert {m.association.slug for m in visible} == {"palloseura"}
    assert visible.count() == 2


def test_former_contact_loses_their_scope(world):
    Membership.objects.filter(user=world.contact_a).update(active=False)
    assert not Association.objects.overseen_by(world.contact_a).exists()


@pytest.mark.parametrize("model", [Association, Membership, JoinRequest, Invitation])
def test_anonymous_visitors_see_nothing(world, model):
    assert not model.objects.visible_to(AnonymousUser()).exists()


def test_outsider_sees_their_own_join_request_but_not_the_association_members(world):
    assert set(JoinRequest.objects.visible_to(world.outsider)) == {world.join_request_a}
    assert not Membership.objects.visible_to(world.outsider).exists()


def test_other_contact_sees_neither_requests_nor_invitations_of_another_association(world):
    assert not JoinRequest.objects.visible_to(world.contact_b).exists()
    assert not Invitation.objects.visible_to(world.contact_b).exists()
