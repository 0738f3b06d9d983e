"""Reminding inactive members: by e-mail, once a week at most, rate-limited."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from reports.models import Reminder
from reports.services import send_reminders


@pytest.fixture
def idle(world, make_members):
    """Three members of Palloseura who joined two months ago and have done nothing."""
    return make_members(world.a, 3, joined_days_ago=60)


def remind(client, world, users, person=None):
    client.force_login(person or world.contact_a)
    # The e-mail task is queued on commit; run those callbacks as a real commit would.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("reports:remind", args=[world.a.slug]), {"user": [u.pk for u in users]})


def test_reminder_is_emailed_to_the_member(client, world, idle):
    remind(client, world, idle[:1])
    assert [m.to for m in mail.outbox] == [[idle[0].email]]


def test_reminder_is_recorded(client, world, idle):
    remind(client, world, idle[:1])
    assert Reminder.objects.filter(user=idle[0], association=world.a, sent_by=world.contact_a).count() == 1


def test_person_is_not_reminded_twice_in_a_week(client, world, idle):
    remind(client, world, idle[:1])
    remind(client, world, idle[:1])
    assert len(mail.outbox) == 1


def test_person_is_not_reminded_twice_in_a_week_by_another_sender(client, world, idle):
    remind(client, world, idle[:1])
    remind(client, world, idle[:1], person=world.coordinator)
    assert len(mail.outbox) == 1


def test_person_can_be_reminded_again_after_a_week(client, world, idle):
    Reminder.objects.create(user=idle[0], association=world.a, sent_at=timezone.now() - timedelta(days=8))
    remind(client, world, idle[:1])
    assert len(mail.outbox) == 1


def test_active_member_is_not_reminded(client, world, make_members):
    fresh = make_members(world.a, 1, joined_days_ago=3, prefix="fresh")
    remind(client, world, fresh)
    assert mail.outbox == []


def test_sender_is_rate_limited(world, idle, settings):
    settings.REPORTS_REMINDERS_PER_HOUR = 2
    with TestCase.captureOnCommitCallbacks(execute=True):
        outcome = send_reminders(world.contact_a, world.a, [u.pk for u in idle])
    assert (outcome.sent, outcome.rate_limited) == (2, 1)
    assert len(mail.outbox) == 2


def test_member_of_another_association_cannot_be_reminded_through_yours(client, world, idle):
    world.membership_learner_b.joined_on = timezone.localdate() - timedelta(days=90)
    world.membership_learner_b.save()
    response = remind(client, world, [world.learner_b])
    assert response.status_code == 302
    assert mail.outbox == [] and not Reminder.objects.exists()


def test_empty_choice_gets_a_clear_message(client, world, idle):
    client.force_login(world.contact_a)
    response = client.post(reverse("reports:remind", args=[world.a.slug]), {}, follow=True)
    assert response.status_code == 200
    assert list(response.context["messages"])


def test_reminder_needs_post(client, world):
    client.force_login(world.contact_a)
    assert client.get(reverse("reports:remind", args=[world.a.slug])).status_code == 405
