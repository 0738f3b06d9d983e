"""Membership processes: idempotent, never touching other associations."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from associations import services
from associations.models import Invitation, JoinRequest, Membership, Role
from tests.factories import UserFactory


def test_add_member_twice_creates_one_membership(world):
    person = UserFactory()
    first = services.add_member(world.a, person)
    second = services.add_member(world.a, person)
    assert first.created and not second.created
    assert Membership.objects.filter(user=person, association=world.a).count() == 1


def test_add_member_keeps_membership_in_another_association(world):
    services.add_member(world.a, world.learner_b)
    assert Membership.objects.active().filter(user=world.learner_b).count() == 2


def test_add_member_does_not_downgrade_an_existing_role(world):
    services.add_member(world.a, world.contact_a, Role.MEMBER)
    assert Membership.objects.get(user=world.contact_a, association=world.a).role == Role.CONTACT


def test_rejoining_reactivates_the_old_membership_row(world):
    services.leave(world.membership_learner_a)
    services.add_member(world.a, world.learner_a)
    world.membership_learner_a.refresh_from_db()
    assert world.membership_learner_a.active and world.membership_learner_a.left_on is None


def test_leaving_keeps_the_row_with_a_leaving_date(world):
    services.leave(world.membership_learner_a)
    world.membership_learner_a.refresh_from_db()
    assert not world.membership_learner_a.active
    assert world.membership_learner_a.left_on == timezone.localdate()


def test_the_only_contact_cannot_leave(world):
    contact = Membership.objects.get(user=world.contact_a)
    with pytest.raises(services.MembershipError):
        services.leave(contact)
    contact.refresh_from_db()
    assert contact.active


def test_the_only_contact_cannot_be_demoted(world):
    contact = Membership.objects.get(user=world.contact_a)
    with pytest.raises(services.MembershipError):
        services.change_role(contact, Role.MEMBER)


def test_rotating_the_invite_link_stops_the_old_one(world):
    old = world.a.invite_token
    services.rotate_invite_link(world.a)
    assert services.association_for_invite_link(world.a.slug, old) is None
    assert services.association_for_invite_link(world.a.slug, world.a.invite_token) == world.a


def test_expired_invite_link_does_not_work(world):
    world.a.invite_expires_at = timezone.now() - timedelta(minutes=1)
    world.a.save()
    assert services.association_for_invite_link(world.a.slug, world.a.invite_token) is None


def test_invite_link_of_one_association_does_not_open_another(world):
    assert services.association_for_invite_link(world.b.slug, world.a.invite_token) is None


def test_invitation_is_emailed_once_even_when_sent_twice(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first, created = services.invite_by_email(world.a, "Newcomer@Example.org", invited_by=world.contact_a)
        again, created_again = services.invite_by_email(world.a, "newcomer@example.org", invited_by=world.contact_a)
    assert created and not created_again and first == again
    assert len(mail.outbox) == 1
    assert first.token in mail.outbox[0].body


def test_inviting_an_active_member_does_nothing(world):
    invitation, created = services.invite_by_email(world.a, world.learner_a.email)
    assert invitation is None and not created


def test_accepting_an_invitation_needs_the_invited_verified_address(world):
    with pytest.raises(services.MembershipError):
        services.accept_invitation(world.invitation_a, world.outsider)
    assert not Membership.objects.filter(user=world.outsider).exists()


def test_accepting_an_invitation_adds_the_membership_with_its_role(world):
    invited = UserFactory(email="newbie@example.org")
    world.invitation_a.role = Role.COACH
    world.invitation_a.save()
    services.accept_invitation(world.invitation_a, invited)
    assert Membership.objects.get(user=invited, association=world.a).role == Role.COACH


def test_accepting_an_invitation_twice_is_harmless(world):
    invited = UserFactory(email="newbie@example.org")
    services.accept_invitation(world.invitation_a, invited)
    again = services.accept_invitation(world.invitation_a, invited)
    assert not again.created


def test_expired_invitation_cannot_be_accepted(world):
    invited = UserFactory(email="newbie@example.org")
    Invitation.objects.filter(pk=world.invitation_a.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    world.invitation_a.refresh_from_db()
    with pytest.raises(services.MembershipError):
        services.accept_invitation(world.invitation_a, invited)


def test_join_request_twice_leaves_one_pending_request(world):
    first = services.request_to_join(world.b, world.outsider)
    second = services.request_to_join(world.b, world.outsider)
    assert first == second
    assert JoinRequest.objects.filter(user=world.outsider, association=world.b).count() == 1


def test_approving_a_join_request_adds_the_member(world):
    services.decide_join_request(world.join_request_a, approve=True, decided_by=world.contact_a)
    assert Membership.objects.active().filter(user=world.outsider, association=world.a).exists()


def test_deciding_a_join_request_twice_keeps_the_first_decision(world):
    services.decide_join_request(world.join_request_a, approve=False, decided_by=world.contact_a)
    result = services.decide_join_request(world.join_request_a, approve=True, decided_by=world.contact_a)
    assert result.status == JoinRequest.Status.DECLINED
    assert not Membership.objects.filter(user=world.outsider).exists()
