"""A failing mail server never fails a readiness submission, and a lapse
reminder whose e-mail the mail server refused stays in the contacts'
notification centre; the notifications app's retry sends the e-mail once
(issue 17, defect 6; issue 12)."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from notifications.mailing import retry_unsent_emails
from readiness import services
from readiness.evaluation import evaluate
from readiness.models import Reminder
from tests.mail_backends import FAILING_EMAIL_BACKEND, on_commit_runs_at_once
from tests.readiness.helpers import meet_everything
from tests.shared_fixtures import interface_in_source_language  # noqa: F401  (used by name)

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


# The mail is in the contact's language (Finnish); the subject is matched in the source text.
@pytest.mark.usefixtures("interface_in_source_language")
def test_lapse_reminder_not_sent_stays_recorded_and_its_mail_is_retried_once(ready, world, settings):
    services.submit_for_review(ready, world.contact_a)
    approval = services.approve(ready, world.coordinator)
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with time_machine.travel(approval.valid_until - timedelta(days=80), tick=False), on_commit_runs_at_once():
        assert services.send_reminders() == 1
        settings.EMAIL_BACKEND = WORKING_EMAIL_BACKEND
        assert services.send_reminders() == 0  # recorded: the next run adds nothing
        assert mail.outbox == []
        for _run in range(2):
            retry_unsent_emails(now=timezone.now() + timedelta(minutes=10))
    reminders = [m for m in mail.outbox if "lapses soon" in m.subject]
    assert [m.to for m in reminders] == [[world.contact_a.email]]
    assert Reminder.objects.count() == 1
