"""A failing mail server never fails a readiness submission, and a lapse
reminder that was not sent is not recorded, so the next run sends it (issue
17, defect 6)."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from readiness import services
from readiness.evaluation import evaluate
from readiness.models import ReadinessEvent, Reminder
from tests.mail_backends import FAILING_EMAIL_BACKEND, on_commit_runs_at_once
from tests.readiness.helpers import meet_everything

WORKING_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def ready(world, team, course):
    meet_everything(world, team, course)
    return world.a


def test_submitting_with_the_mail_server_down_answers_302_and_is_submitted(client, world, ready, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    client.force_login(world.contact_a)
    with on_commit_runs_at_once():  # the coordinators' e-mail goes after commit
        response = client.post(reverse("readiness:submit", kwargs={"slug": ready.slug}))
    assert response.status_code == 302
    assert evaluate(ready).status == "ready_for_review"


def test_lapse_reminder_not_sent_is_not_recorded_and_the_next_run_sends_it(ready, world, settings):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with time_machine.travel(approval.valid_until - timedelta(days=80), tick=False):
        assert services.send_reminders() == 0
        assert not Reminder.objects.exists()
        assert not ReadinessEvent.objects.filter(kind=ReadinessEvent.Kind.REMINDER_SENT).exists()
        settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
        assert services.send_reminders() == 1
    assert [m.to for m in mail.outbox] == [[world.contact_a.email]]
    assert Reminder.objects.count() == 1
