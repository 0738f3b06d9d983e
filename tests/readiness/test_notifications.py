"""Readiness notices (issue 12 §3): submitted to the region's coordinators,
returned, approved and about to lapse to the association's contacts; nobody
outside the association's scope, nothing twice, in the recipient's language."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import translation
from django.utils.formats import date_format

from notifications.models import Notification
from readiness import services
from tests.mail_backends import on_commit_runs_at_once
from tests.readiness.helpers import meet_everything
from tests.shared_fixtures import interface_in_source_language  # noqa: F401  (used by name)

pytestmark = pytest.mark.django_db
PAGE = "/fi/readiness/associations/palloseura/"


@pytest.fixture
def ready(world, team, course):
    meet_everything(world, team, course)
    return world.a


def kinds_of(user):
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_a_submission_notifies_the_regions_coordinator_with_the_review_page(
    ready, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_for_review(ready, world.contact_a)
    (notice,) = Notification.objects.filter(recipient=world.coordinator, kind="readiness.submitted")
    assert notice.url == PAGE
    assert [m.to for m in mail.outbox] == [[world.coordinator.email]]


def test_a_submission_tells_no_coordinator_of_another_region_and_no_other_contact(
    ready, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_for_review(ready, world.contact_a)
    assert kinds_of(world.coordinator_savo) == []
    assert kinds_of(world.contact_b) == []


def test_a_return_tells_the_contact_the_coordinators_comment(ready, world, django_capture_on_commit_callbacks):
    services.submit_for_review(ready, world.contact_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.return_for_changes(ready, world.coordinator, "Lisää yhteyshenkilön puhelinnumero.")
    (notice,) = Notification.objects.filter(recipient=world.contact_a, kind="readiness.returned")
    assert notice.url == PAGE
    (message,) = [m for m in mail.outbox if m.to == [world.contact_a.email]]
    assert "Lisää yhteyshenkilön puhelinnumero." in message.body


def test_an_approval_tells_the_contact_and_not_the_members(ready, world, team, django_capture_on_commit_callbacks):
    services.submit_for_review(ready, world.contact_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(ready, world.coordinator)
    assert kinds_of(world.contact_a) == ["readiness.approved"]
    assert kinds_of(team.xena) == []
    assert kinds_of(world.contact_b) == []


# The mail is in the contact's language (Finnish); the subject is matched in the source text.
@pytest.mark.usefixtures("interface_in_source_language")
def test_a_lapse_reminder_notifies_the_contact_once(ready, world):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    with time_machine.travel(approval.valid_until - timedelta(days=80), tick=False), on_commit_runs_at_once():
        services.send_reminders()
        services.send_reminders()
    assert kinds_of(world.contact_a).count("readiness.lapsing") == 1
    assert [m.to for m in mail.outbox if "lapses soon" in m.subject] == [[world.contact_a.email]]
    assert "readiness.lapsing" not in kinds_of(world.coordinator)


def test_a_lapse_reminder_is_in_the_contacts_language_and_date_format(ready, world):
    world.contact_a.preferred_language = "sv"
    world.contact_a.save(update_fields=["preferred_language"])
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    with time_machine.travel(approval.valid_until - timedelta(days=80), tick=False), on_commit_runs_at_once():
        services.send_reminders()
    notice = Notification.objects.get(recipient=world.contact_a, kind="readiness.lapsing")
    assert notice.url == "/sv/readiness/associations/palloseura/"
    with translation.override("sv"):
        swedish_date = date_format(approval.valid_until, "DATE_FORMAT")
    (message,) = [m for m in mail.outbox if "/sv/readiness/" in m.body]
    assert swedish_date in message.body
