"""The scheduled jobs: the daily digest (never sent twice) and the 12-month purge."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from notifications import mailing
from notifications.models import Notification
from notifications.services import notify
from tests.mail_backends import FAILING_EMAIL_BACKEND
from tests.notifications.conftest import DEMO, DIGEST_DEMO

pytestmark = pytest.mark.django_db


def test_the_digest_sends_one_email_with_every_pending_notification(recipient):
    notify(recipient, DIGEST_DEMO, params={"name": "Liisa"})
    notify(recipient, DIGEST_DEMO, params={"name": "Pekka"})

    call_command("send_notification_digests", stdout=None)

    assert len(mail.outbox) == 1
    assert "Liisa did it quietly" in mail.outbox[0].body
    assert "Pekka did it quietly" in mail.outbox[0].body
    assert mail.outbox[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_running_the_digest_twice_sends_it_once(recipient):
    notify(recipient, DIGEST_DEMO, params={"name": "Liisa"})

    call_command("send_notification_digests")
    call_command("send_notification_digests")

    assert len(mail.outbox) == 1


def test_a_digest_run_skips_rows_another_run_has_claimed(recipient):
    notify(recipient, DIGEST_DEMO, params={"name": "Liisa"})
    mailing._claim(Notification.objects.all())  # a concurrent run is sending them right now

    assert mailing.send_all_digests() == 0
    assert mail.outbox == []


def test_a_failed_digest_is_sent_by_the_next_run(recipient, settings):
    notify(recipient, DIGEST_DEMO, params={"name": "Liisa"})
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    call_command("send_notification_digests")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    call_command("send_notification_digests")

    assert len(mail.outbox) == 1


def test_the_digest_command_retries_an_unsent_immediate_email(recipient, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify(recipient, DEMO, params={"name": "Liisa"})
    Notification.objects.filter(pk=notification.pk).update(created_at=timezone.now() - timedelta(minutes=10))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    call_command("send_notification_digests")

    assert [message.subject for message in mail.outbox] == ["Liisa did something"]


def test_purge_deletes_notifications_older_than_12_months_only(recipient):
    old = notify(recipient, DEMO, params={"name": "old"})
    recent = notify(recipient, DEMO, params={"name": "recent"})
    Notification.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=367))
    Notification.objects.filter(pk=recent.pk).update(created_at=timezone.now() - timedelta(days=360))

    call_command("purge_old_notifications")

    assert list(Notification.objects.values_list("pk", flat=True)) == [recent.pk]
