"""Every membership action of a contact writes an audit event naming who did
it, to whom, in which association."""

import pytest
from django.urls import reverse
from django.utils import translation

import audit
from associations import import_service, services
from associations.csv_import import parse_member_csv
from associations.models import Invitation, Role
from audit.models import AuditEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def only_event(action) -> AuditEvent:
    return AuditEvent.objects.get(action=action)


def url(name, **kwargs):
    with translation.override("fi"):
        return reverse(f"associations:{name}", kwargs=kwargs)


def test_role_change_is_recorded(client, world):
    client.force_login(world.contact_a)
    client.post(url("change_role", slug=world.a.slug, pk=world.membership_learner_a.pk), {"role": Role.COACH})
    event = only_event(audit.Action.MEMBER_ROLE_CHANGED)
    assert (event.actor, event.subject, event.association_id) == (world.contact_a, world.learner_a, world.a.pk)
    assert event.details == {"from": "member", "to": "coach"}


def test_setting_the_same_role_again_records_nothing(world):
    services.change_role(world.membership_learner_a, Role.MEMBER, by=world.contact_a)
    assert not AuditEvent.objects.exists()


def test_a_refused_role_change_records_nothing(world):
    contact = world.a.memberships.get(user=world.contact_a)
    with pytest.raises(services.MembershipError):
        services.change_role(contact, Role.MEMBER, by=world.contact_a)
    assert not AuditEvent.objects.exists()


def test_removal_is_recorded(client, world):
    client.force_login(world.contact_a)
    client.post(url("remove_member", slug=world.a.slug, pk=world.membership_learner_a.pk))
    event = only_event(audit.Action.MEMBER_REMOVED)
    assert (event.actor, event.subject, event.association_id) == (world.contact_a, world.learner_a, world.a.pk)
    assert event.association_label == "Palloseura"


def test_leaving_is_recorded_as_left(client, world):
    client.force_login(world.learner_a)
    client.post(url("leave", slug=world.a.slug))
    event = only_event(audit.Action.MEMBER_LEFT)
    assert (event.actor, event.subject, event.association_id) == (world.learner_a, world.learner_a, world.a.pk)


def test_invitation_is_recorded_with_the_invited_address(client, world):
    client.force_login(world.contact_a)
    client.post(url("invite", slug=world.a.slug), {"email": "uusi@example.org", "name": "", "role": Role.COACH})
    event = only_event(audit.Action.INVITATION_CREATED)
    assert (event.actor, event.subject, event.subject_label) == (world.contact_a, None, "uusi@example.org")
    assert (event.association_id, event.details) == (world.a.pk, {"role": "coach"})


def test_repeated_invitation_is_recorded_once(world):
    services.invite_by_email(world.a, "uusi@example.org", invited_by=world.contact_a)
    services.invite_by_email(world.a, "uusi@example.org", invited_by=world.contact_a)
    assert AuditEvent.objects.filter(action=audit.Action.INVITATION_CREATED).count() == 1


def test_revoking_an_invitation_is_recorded(client, world):
    client.force_login(world.contact_a)
    client.post(url("revoke_invitation", slug=world.a.slug, pk=world.invitation_a.pk))
    event = only_event(audit.Action.INVITATION_REVOKED)
    assert (event.actor, event.subject_label, event.association_id) == (
        world.contact_a,
        "newbie@example.org",
        world.a.pk,
    )
    assert event.target_id == str(world.invitation_a.pk)


def test_accepting_an_invitation_is_recorded(world):
    invited = UserFactory(email="newbie@example.org")
    services.accept_invitation(world.invitation_a, invited)
    event = only_event(audit.Action.INVITATION_ACCEPTED)
    assert (event.actor, event.subject, event.association_id) == (invited, invited, world.a.pk)


def test_applied_import_is_recorded_with_its_counts(world):
    data = b"email;name\r\nuusi@example.org;Uusi\r\ntoinen@example.org;Toinen\r\n"
    member_import = import_service.create_preview(world.a, world.contact_a, "members.csv", parse_member_csv(data))
    import_service.apply_import(member_import, world.contact_a)
    import_service.apply_import(member_import, world.contact_a)  # a replayed confirm changes nothing
    event = only_event(audit.Action.MEMBER_IMPORT_APPLIED)
    assert (event.actor, event.association_id) == (world.contact_a, world.a.pk)
    assert (event.details["rows"], event.details["invite"]) == (2, 2)
    assert AuditEvent.objects.filter(action=audit.Action.INVITATION_CREATED).count() == 2
    assert Invitation.objects.filter(association=world.a, email="toinen@example.org").exists()
