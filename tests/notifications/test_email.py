"""Delivery by preference, the e-mail's language, headers and links, and a failing mail server."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone, translation

from notifications.mailing import retry_unsent_emails
from notifications.models import Notification
from notifications.registry import register_kind, unregister_kind
from notifications.services import notify, set_preference
from tests.mail_backends import FAILING_EMAIL_BACKEND
from tests.notifications.conftest import DEMO, DIGEST_DEMO, INAPP_DEMO

pytestmark = pytest.mark.django_db


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """notify() as a caller does it: its e-mail task runs when the caller's transaction commits."""

    def _send(recipient, kind=DEMO, **kwargs):
        kwargs.setdefault("params", {"name": "Liisa"})
        with django_capture_on_commit_callbacks(execute=True):
            return notify(recipient, kind, **kwargs)

    return _send


class LanguageProbe:
    """A title that says which language was active when it was rendered."""

    def __str__(self):
        return f"[{translation.get_language()}] %(name)s"


def test_email_preference_sends_one_email_at_once(recipient, send):
    notification = send(recipient)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["recipient@example.org"]
    assert mail.outbox[0].subject == "Liisa did something"
    notification.refresh_from_db()
    assert notification.email_sent_at is not None


def test_inapp_preference_sends_no_email(recipient, send):
    set_preference(recipient, DEMO, "inapp")

    notification = send(recipient)

    assert mail.outbox == []
    assert notification.delivery == "inapp"


def test_digest_preference_sends_no_email_at_once(recipient, send):
    set_preference(recipient, DEMO, "digest")

    notification = send(recipient)

    assert mail.outbox == []
    assert notification.delivery == "digest"


def test_the_kinds_default_applies_when_the_person_chose_nothing(recipient, send):
    send(recipient, INAPP_DEMO)
    send(recipient, DIGEST_DEMO)

    assert mail.outbox == []
    assert list(Notification.objects.values_list("delivery", flat=True).order_by("kind")) == ["digest", "inapp"]


def test_the_email_is_rendered_in_the_recipients_language_not_the_senders(recipient, send):
    register_kind("tests.probe", label="Probe", title=LanguageProbe())
    try:
        with translation.override("en"):  # the sender's request is in English
            send(recipient, "tests.probe")
    finally:
        unregister_kind("tests.probe")

    assert mail.outbox[0].subject == "[fi] Liisa"


def test_the_email_carries_one_click_unsubscribe_headers(recipient, send, settings):
    send(recipient)

    headers = mail.outbox[0].extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["List-Unsubscribe"].startswith(f"<{settings.SITE_URL}/fi/notifications/unsubscribe/")


def test_the_email_body_has_the_absolute_link_and_the_unsubscribe_link(recipient, send, settings):
    send(recipient, url="/fi/somewhere/")

    body = mail.outbox[0].body
    assert f"{settings.SITE_URL}/fi/somewhere/" in body
    assert f"{settings.SITE_URL}/fi/notifications/unsubscribe/" in body
    assert f"{settings.SITE_URL}/fi/notifications/preferences/" in body


def test_attachments_go_with_the_email(recipient, send):
    send(recipient, attachments=[("session.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")])

    assert mail.outbox[0].attachments[0][0] == "session.ics"


def test_a_failing_mail_server_keeps_the_notification_unsent(recipient, send, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND

    notification = send(recipient)

    notification.refresh_from_db()
    assert Notification.objects.filter(pk=notification.pk).exists()
    assert notification.email_sent_at is None


def test_a_later_retry_sends_the_failed_email_once(recipient, send, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    notification = send(recipient)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    later = timezone.now() + timedelta(minutes=10)

    assert retry_unsent_emails(now=later) == 1
    assert retry_unsent_emails(now=later) == 0
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.email_sent_at is not None


def test_the_retry_leaves_recent_unsent_emails_to_their_task(recipient, send, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    send(recipient)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert retry_unsent_emails() == 0


def test_choosing_inapp_only_stops_a_pending_retry(recipient, send, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    send(recipient)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    set_preference(recipient, DEMO, "inapp")

    assert retry_unsent_emails(now=timezone.now() + timedelta(minutes=10)) == 0
    assert mail.outbox == []
