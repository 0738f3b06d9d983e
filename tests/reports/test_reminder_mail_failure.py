"""A failing mail server never fails the reminder request, and a reminder
that was not sent is not recorded, so it can be sent again at once (issue 17,
defect 6)."""

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import translation

from reports.models import Reminder
from tests.mail_backends import FAILING_EMAIL_BACKEND, on_commit_runs_at_once
from training.mail import MAIL_FAILED_MESSAGE


@pytest.fixture
def idle(world, make_members):
    return make_members(world.a, 1, joined_days_ago=60)


def remind(client, world, users):
    client.force_login(world.contact_a)
    with on_commit_runs_at_once():
        return client.post(reverse("reports:remind", args=[world.a.slug]), {"user": [u.pk for u in users]})


def test_reminder_with_the_mail_server_down_answers_302_and_says_it_was_not_sent(client, world, idle, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    response = remind(client, world, idle)
    assert response.status_code == 302
    shown = [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]
    with translation.override("fi"):
        assert shown == [("error", str(MAIL_FAILED_MESSAGE))]


def test_reminder_not_sent_is_not_recorded(client, world, idle, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    remind(client, world, idle)
    assert not Reminder.objects.filter(user=idle[0]).exists()


def test_reminder_not_sent_can_be_sent_again_once_the_mail_server_is_back(client, world, idle, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    remind(client, world, idle)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    remind(client, world, idle)
    assert [m.to for m in mail.outbox] == [[idle[0].email]]
    assert Reminder.objects.filter(user=idle[0]).count() == 1
