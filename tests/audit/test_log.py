"""The audit log is append-only, written in the caller's transaction, and
forgets a deleted person while keeping the event."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

import audit
from audit.models import DELETED_ACCOUNT_LABEL, AuditEvent, AuditLogIsAppendOnly
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def actor():
    return UserFactory(email="actor@example.org", first_name="Aino", last_name="Actor")


@pytest.fixture
def event(actor):
    return audit.record(audit.Action.MEMBER_REMOVED, actor=actor, subject="someone@example.org")


def test_record_keeps_who_did_what_to_whom_and_when(actor):
    subject = UserFactory(email="subject@example.org", first_name="Sami", last_name="Subject")
    event = audit.record(audit.Action.MEMBER_ROLE_CHANGED, actor=actor, subject=subject, details={"to": "coach"})
    event = AuditEvent.objects.get(pk=event.pk)
    assert (event.actor, event.actor_label) == (actor, "Aino Actor")
    assert (event.subject, event.subject_label) == (subject, "Sami Subject")
    assert event.action == "membership.role_changed"
    assert event.details == {"to": "coach"}
    assert timezone.now() - event.occurred_at < timedelta(minutes=1)


def test_target_is_kept_as_type_and_key_never_as_its_text(actor):
    event = audit.record(audit.Action.ACCOUNT_DELETED, actor=actor, target=actor)
    assert event.target_id == str(actor.pk)
    assert event.target_repr == f"accounts.user #{actor.pk}"
    assert "actor@example.org" not in event.target_repr


def test_a_rolled_back_action_leaves_no_record(actor):
    with pytest.raises(RuntimeError), transaction.atomic():
        audit.record(audit.Action.MEMBER_REMOVED, actor=actor)
        raise RuntimeError("the action failed after recording")
    assert not AuditEvent.objects.exists()


def test_unknown_action_is_refused(actor):
    with pytest.raises(ValueError):
        audit.record("membership.stolen", actor=actor)


def test_details_with_a_credential_key_are_refused(actor):
    with pytest.raises(ValueError, match="credentials"):
        audit.record(audit.Action.MEMBER_REMOVED, actor=actor, details={"check_in_token": "x"})


def test_oversized_details_are_refused(actor):
    with pytest.raises(ValueError, match="limited"):
        audit.record(audit.Action.MEMBER_REMOVED, actor=actor, details={"note": "x" * 3000})


def test_client_ip_is_recorded_from_the_request(actor, rf):
    request = rf.get("/", REMOTE_ADDR="192.0.2.7")
    assert audit.record(audit.Action.MEMBER_REMOVED, actor=actor, request=request).ip == "192.0.2.7"


def test_saving_an_existing_event_is_refused(event):
    event.action = audit.Action.BADGE_AWARDED
    with pytest.raises(AuditLogIsAppendOnly):
        event.save()
    assert AuditEvent.objects.get(pk=event.pk).action == audit.Action.MEMBER_REMOVED


def test_deleting_an_event_is_refused(event):
    with pytest.raises(AuditLogIsAppendOnly):
        event.delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_queryset_update_is_refused(event):
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.filter(pk=event.pk).update(actor_label="someone else")


def test_queryset_delete_is_refused(event):
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.count() == 1


def test_forgetting_a_person_keeps_the_event_without_their_link_or_name(actor, event):
    invited = audit.record(audit.Action.INVITATION_CREATED, actor=None, subject="actor@example.org")
    audit.services.forget_person(actor)
    event = AuditEvent.objects.get(pk=event.pk)
    assert (event.actor, event.actor_label) == (None, DELETED_ACCOUNT_LABEL)
    assert AuditEvent.objects.get(pk=invited.pk).subject_label == DELETED_ACCOUNT_LABEL


def test_hard_deleting_a_user_keeps_their_events_anonymously(actor, event):
    actor.delete()
    event = AuditEvent.objects.get(pk=event.pk)
    assert (event.actor_id, event.actor_label) == (None, DELETED_ACCOUNT_LABEL)
    assert event.actor_display == "a deleted account"


def _event_at(actor, days_ago: int) -> AuditEvent:
    return AuditEvent.objects.create(
        action=audit.Action.MEMBER_REMOVED, actor=actor, occurred_at=timezone.now() - timedelta(days=days_ago)
    )


def test_purge_deletes_only_events_older_than_the_retention(actor, settings):
    settings.AUDIT_RETENTION_DAYS = 30
    old, recent = _event_at(actor, 31), _event_at(actor, 29)
    call_command("purge_audit_log")
    assert list(AuditEvent.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not AuditEvent.objects.filter(pk=old.pk).exists()


def test_purge_twice_is_safe(actor, settings):
    settings.AUDIT_RETENTION_DAYS = 30
    _event_at(actor, 31)
    call_command("purge_audit_log")
    call_command("purge_audit_log")
    assert not AuditEvent.objects.exists()


def test_default_retention_is_five_years(actor):
    from audit.management.commands.purge_audit_log import retention_days

    assert retention_days() == 1826
