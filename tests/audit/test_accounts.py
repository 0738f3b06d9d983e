"""A person's own account actions: data download, deletion, MFA changes."""

import pytest
from allauth.mfa import signals as mfa_signals
from allauth.mfa.models import Authenticator
from django.urls import reverse
from django.utils import translation

import audit
from accounts.services import delete_account
from audit.models import DELETED_ACCOUNT_LABEL, AuditEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return UserFactory(email="maija@example.org", first_name="Maija", last_name="Meikäläinen")


def test_personal_data_download_is_recorded(client, member):
    client.force_login(member)
    with translation.override("fi"):
        url = reverse("accounts:personal_data_download")
    assert client.get(url).status_code == 200
    event = AuditEvent.objects.get(action=audit.Action.PERSONAL_DATA_DOWNLOADED)
    assert (event.actor, event.subject) == (member, member)


def test_account_deletion_is_recorded_without_naming_the_person(member):
    contact = UserFactory(email="kontakti@example.org")
    earlier = audit.record(audit.Action.MEMBER_REMOVED, actor=contact, subject=member)
    delete_account(member)
    deleted = AuditEvent.objects.get(action=audit.Action.ACCOUNT_DELETED)
    assert (deleted.actor, deleted.actor_label, deleted.subject_label) == (
        None,
        DELETED_ACCOUNT_LABEL,
        DELETED_ACCOUNT_LABEL,
    )
    earlier = AuditEvent.objects.get(pk=earlier.pk)
    assert (earlier.actor, earlier.subject, earlier.subject_label) == (contact, None, DELETED_ACCOUNT_LABEL)
    assert not AuditEvent.objects.filter(subject_label__icontains="Maija").exists()


def test_deleting_an_account_twice_records_it_once(member):
    delete_account(member)
    delete_account(member)
    assert AuditEvent.objects.filter(action=audit.Action.ACCOUNT_DELETED).count() == 1


@pytest.mark.parametrize(
    ("signal", "action"),
    [
        (mfa_signals.authenticator_added, audit.Action.MFA_AUTHENTICATOR_ADDED),
        (mfa_signals.authenticator_removed, audit.Action.MFA_AUTHENTICATOR_REMOVED),
        (mfa_signals.authenticator_reset, audit.Action.MFA_AUTHENTICATOR_RESET),
    ],
)
def test_mfa_changes_are_recorded(rf, member, signal, action):
    authenticator = Authenticator.objects.create(user=member, type=Authenticator.Type.TOTP, data={})
    request = rf.post("/", REMOTE_ADDR="203.0.113.9")
    request.user = member
    signal.send(sender=Authenticator, request=request, user=member, authenticator=authenticator)
    event = AuditEvent.objects.get(action=action)
    assert (event.actor, event.subject, event.ip) == (member, member, "203.0.113.9")
    assert event.details == {"kind": "totp"}


def test_totp_activation_through_allauth_is_recorded(client, member, password, django_capture_on_commit_callbacks):
    from tests.accounts.conftest import log_in, reauthenticate, totp_code

    with translation.override("fi"):
        setup_url = reverse("mfa_activate_totp")
    log_in(client, member.email, password)
    reauthenticate(client, password)
    client.get(setup_url)
    # allauth announces the new authenticator after its transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(setup_url, {"code": totp_code(client.session["mfa.totp.secret"])})
    assert response.status_code == 302
    added = AuditEvent.objects.filter(action=audit.Action.MFA_AUTHENTICATOR_ADDED, actor=member, subject=member)
    assert sorted(event.details["kind"] for event in added) == ["recovery_codes", "totp"]
