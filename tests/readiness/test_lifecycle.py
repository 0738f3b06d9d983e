from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.formats import date_format

from readiness import services
from readiness.evaluation import evaluate
from readiness.models import Approval, ReadinessEvent, Reminder
from readiness.signals import readiness_approved
from tests.mail_backends import on_commit_runs_at_once
from tests.readiness.helpers import meet_everything


@pytest.fixture
def ready(world, team, course):
    meet_everything(world, team, course)
    return world.a


@pytest.fixture
def received():
    calls = []

    def listener(sender, **kwargs):
        calls.append(kwargs)

    readiness_approved.connect(listener, dispatch_uid="test-listener")
    yield calls
    readiness_approved.disconnect(dispatch_uid="test-listener")


def test_submit_is_refused_while_criteria_are_missing(world, team):
    with pytest.raises(services.ReadinessError):
        services.submit_for_review(world.a, world.contact_a)
    assert evaluate(world.a).status != "ready_for_review"


def test_submit_when_everything_is_met_makes_it_ready_for_review(ready, world):
    services.submit_for_review(ready, world.contact_a)
    assert evaluate(ready).status == "ready_for_review"
    assert ReadinessEvent.objects.filter(association=ready, kind="submitted").count() == 1


def test_submitting_twice_is_refused(ready, world):
    services.submit_for_review(ready, world.contact_a)
    with pytest.raises(services.ReadinessError):
        services.submit_for_review(ready, world.contact_a)


def test_approval_is_valid_for_the_framework_period(ready, world, framework):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator, "Well done")
    today = timezone.localdate()
    assert approval.valid_until == today.replace(year=today.year + framework.validity_years)
    evaluation = evaluate(ready)
    assert evaluation.status == "approved"
    assert evaluation.valid_until == approval.valid_until


def test_approval_sends_the_signal_once_after_commit(ready, world, received, django_capture_on_commit_callbacks):
    services.submit_for_review(ready, world.contact_a)
    with django_capture_on_commit_callbacks(execute=True):
        approval = services.approve(ready, world.coordinator)
        assert received == []  # nothing before the commit
    assert len(received) == 1
    assert received[0]["approval"] == approval
    assert received[0]["association"] == ready
    assert received[0]["evidence_url"].endswith(f"/fi/readiness/welcoming/{ready.slug}/")


def test_second_approval_is_refused_and_sends_nothing(ready, world, received, django_capture_on_commit_callbacks):
    services.submit_for_review(ready, world.contact_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(ready, world.coordinator)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.ReadinessError):
        services.approve(ready, world.coordinator)
    assert len(received) == 1
    assert Approval.objects.filter(association=ready).count() == 1


def test_return_for_changes_goes_back_with_the_comment(ready, world):
    services.submit_for_review(ready, world.contact_a)
    services.return_for_changes(ready, world.coordinator, "Add the review date to the plan.")
    assert evaluate(ready).status == "in_progress"
    event = ReadinessEvent.objects.filter(association=ready).first()
    assert (event.kind, event.comment) == ("returned", "Add the review date to the plan.")


def test_approval_is_refused_when_criteria_stopped_being_met(ready, world, team):
    services.submit_for_review(ready, world.contact_a)
    team.xena.memberships.update(active=False)
    with pytest.raises(services.ReadinessError):
        services.approve(ready, world.coordinator)


def test_approval_lapses_after_its_validity(ready, world):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    with time_machine.travel(approval.valid_until + timedelta(days=1), tick=False):
        assert evaluate(ready).status == "lapsed"


def test_history_rows_are_never_changed_or_deleted(ready, world):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    event = ReadinessEvent.objects.first()
    with pytest.raises(ValidationError):
        event.delete()
    with pytest.raises(ValidationError):
        approval.save()


def test_reminder_is_mailed_to_the_contact_once(ready, world):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    with time_machine.travel(approval.valid_until - timedelta(days=80), tick=False), on_commit_runs_at_once():
        call_command("send_readiness_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
        call_command("send_readiness_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [world.contact_a.email]
    with translation.override(settings.LANGUAGE_CODE):  # the contact chose no language
        assert date_format(approval.valid_until, "DATE_FORMAT") in mail.outbox[0].body


def test_each_reminder_point_sends_its_own_mail(ready, world):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    for days in (80, 25, 20):
        with time_machine.travel(approval.valid_until - timedelta(days=days), tick=False), on_commit_runs_at_once():
            services.send_reminders()
    assert len(mail.outbox) == 2
    assert set(Reminder.objects.values_list("days_before", flat=True)) == {90, 30}


def test_no_reminder_long_before_the_lapse(ready, world):
    services.submit_for_review(ready, world.contact_a)
    services.approve(ready, world.coordinator)
    services.send_reminders()
    assert mail.outbox == []


def test_lapse_is_logged_once(ready, world):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    with time_machine.travel(approval.valid_until + timedelta(days=2), tick=False):
        services.send_reminders()
        services.send_reminders()
    assert ReadinessEvent.objects.filter(association=ready, kind="lapsed").count() == 1


def test_renewal_cannot_be_submitted_long_before_the_end(ready, world):
    services.submit_for_review(ready, world.contact_a)
    services.approve(ready, world.coordinator)
    with pytest.raises(services.ReadinessError):
        services.submit_for_review(ready, world.contact_a)


def test_submission_mails_the_region_coordinator_after_commit(ready, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_for_review(ready, world.contact_a)
    assert [m.to for m in mail.outbox] == [[world.coordinator.email]]
    assert f"/readiness/associations/{ready.slug}/" in mail.outbox[0].body
