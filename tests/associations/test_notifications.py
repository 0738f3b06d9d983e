"""Join requests, their decisions and invitations reach the right people
through the notification centre (issue 12 §3), and nobody outside the
association's scope."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from associations import services
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def notices(user, kind=None):
    rows = Notification.objects.filter(recipient=user)
    return list(rows.filter(kind=kind) if kind else rows)


def test_a_join_request_notifies_the_contact_with_the_members_page(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.request_to_join(world.a, world.people["learner_b"], "Hei!")
    (notice,) = notices(world.people["contact_a"], "associations.join_requested")
    assert notice.url == "/fi/associations/palloseura/members/"
    assert [m.to for m in mail.outbox] == [[world.people["contact_a"].email]]
    assert "/fi/associations/palloseura/members/" in mail.outbox[0].body


def test_a_join_request_tells_no_contact_of_another_association(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.request_to_join(world.a, world.people["learner_b"])
    assert notices(world.people["contact_b"]) == []
    assert notices(world.people["coordinator"]) == []


def test_asking_again_does_not_notify_the_contact_twice(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.request_to_join(world.a, world.people["learner_b"])
        services.request_to_join(world.a, world.people["learner_b"])
    assert len(notices(world.people["contact_a"])) == 1
    assert len(mail.outbox) == 1


def test_the_join_request_notice_is_in_the_contacts_language(world, django_capture_on_commit_callbacks):
    contact = world.people["contact_a"]
    contact.preferred_language = "en"
    contact.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        services.request_to_join(world.a, world.people["learner_b"])
    assert notices(contact)[0].url == "/en/associations/palloseura/members/"


def test_an_accepted_request_tells_the_person_with_the_association_link(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.decide_join_request(world.join_request_a, approve=True, decided_by=world.people["contact_a"])
    (notice,) = notices(world.people["outsider"])
    assert notice.kind == "associations.join_accepted"
    assert notice.url == "/fi/associations/palloseura/"
    assert [m.to for m in mail.outbox] == [[world.people["outsider"].email]]


def test_a_declined_request_tells_the_person(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.decide_join_request(world.join_request_a, approve=False, decided_by=world.people["contact_a"])
    assert [n.kind for n in notices(world.people["outsider"])] == ["associations.join_declined"]


def test_deciding_twice_notifies_the_person_once(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.decide_join_request(world.join_request_a, approve=True, decided_by=world.people["contact_a"])
        services.decide_join_request(world.join_request_a, approve=False, decided_by=world.people["contact_a"])
    assert len(notices(world.people["outsider"])) == 1
    assert len(mail.outbox) == 1


def test_an_invited_account_gets_one_notice_with_the_accept_link_and_no_plain_mail(
    world, django_capture_on_commit_callbacks
):
    person = world.people["learner_b"]
    EmailAddress.objects.update_or_create(user=person, email=person.email, defaults={"verified": True})
    with django_capture_on_commit_callbacks(execute=True):
        invitation, created = services.invite_by_email(world.a, person.email)
    (notice,) = notices(person, "associations.invited")
    assert created and notice.url == f"/fi/associations/invitations/{invitation.token}/"
    (message,) = mail.outbox
    assert message.to == [person.email] and invitation.token in message.body


def test_an_address_without_an_account_gets_the_plain_invitation_mail(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation, _created = services.invite_by_email(world.a, "uusi@example.org")
    assert not Notification.objects.filter(kind="associations.invited").exists()
    (message,) = mail.outbox
    assert message.to == ["uusi@example.org"] and invitation.token in message.body


def test_an_unverified_claim_to_the_address_sees_no_invitation_notice(world, django_capture_on_commit_callbacks):
    person = world.people["learner_b"]
    EmailAddress.objects.update_or_create(user=person, email=person.email, defaults={"verified": False})
    with django_capture_on_commit_callbacks(execute=True):
        services.invite_by_email(world.a, person.email)
    assert notices(person) == []
    assert [m.to for m in mail.outbox] == [[person.email]]  # the plain mail to the address
