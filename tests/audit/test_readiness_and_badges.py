"""A coordinator's readiness decisions and every badge award or revocation
write an audit event."""

import pytest

import audit
from audit.models import AuditEvent
from badges import services as badges
from readiness import services as readiness
from tests.readiness.helpers import meet_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(world, team, course):
    meet_everything(world, team, course)
    readiness.submit_for_review(world.a, world.contact_a)
    return world.a


def test_approval_is_recorded(submitted, world):
    approval = readiness.approve(submitted, world.coordinator, "Well done.")
    event = AuditEvent.objects.get(action=audit.Action.READINESS_APPROVED)
    assert (event.actor, event.association_id) == (world.coordinator, world.a.pk)
    assert (event.target_id, event.details) == (str(approval.pk), {"valid_until": approval.valid_until.isoformat()})


def test_return_for_changes_is_recorded(submitted, world):
    readiness.return_for_changes(submitted, world.coordinator, "Add the review date.")
    event = AuditEvent.objects.get(action=audit.Action.READINESS_RETURNED)
    assert (event.actor, event.association_id) == (world.coordinator, world.a.pk)


def test_refused_approval_records_nothing(world, team, course):
    with pytest.raises(readiness.ReadinessError):
        readiness.approve(world.a, world.coordinator)
    assert not AuditEvent.objects.filter(action=audit.Action.READINESS_APPROVED).exists()


def test_manual_award_is_recorded_once(manual_badge, person, staff):
    award = badges.award_manually(staff, manual_badge, person, "https://example.org/evidence", "")
    badges.award_to_person(manual_badge, person, source="manual")  # already held: no second award
    event = AuditEvent.objects.get(action=audit.Action.BADGE_AWARDED)
    assert (event.actor, event.subject, event.target_id) == (staff, person, str(award.pk))
    assert event.details == {"badge_class": "Family café host", "source": "manual"}


def test_automatic_award_is_recorded_as_by_the_system(manual_badge, person):
    badges.award_to_person(manual_badge, person, source="course")
    event = AuditEvent.objects.get(action=audit.Action.BADGE_AWARDED)
    assert (event.actor, event.actor_label, event.subject) == (None, "", person)


def test_readiness_badge_is_recorded_for_the_association(submitted, world):
    approval = readiness.approve(submitted, world.coordinator)
    award, _created = badges.award_readiness(world.a, approval)
    event = AuditEvent.objects.get(action=audit.Action.BADGE_AWARDED, target_id=str(award.pk))
    assert (event.actor, event.subject, event.association_id) == (world.coordinator, None, world.a.pk)


def test_revocation_is_recorded_once_with_its_reason(manual_badge, person, staff):
    award, _created = badges.award_to_person(manual_badge, person, source="manual")
    badges.revoke(award, staff, "Awarded by mistake.")
    badges.revoke(award, staff, "Again.")
    event = AuditEvent.objects.get(action=audit.Action.BADGE_REVOKED)
    assert (event.actor, event.subject) == (staff, person)
    assert event.details["reason"] == "Awarded by mistake."
