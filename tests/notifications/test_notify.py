import pytest
from django.core import mail
from django.db import transaction

from notifications.models import Notification
from notifications.services import notify, unread_count
from tests.notifications.conftest import DEMO

pytestmark = pytest.mark.django_db


def test_notify_creates_an_in_app_notification(recipient):
    notification = notify(recipient, DEMO, params={"name": "Liisa"}, url="/fi/somewhere/")

    assert Notification.objects.get() == notification
    assert notification.recipient == recipient
    assert notification.url == "/fi/somewhere/"


def test_a_repeated_dedupe_key_creates_nothing_and_returns_the_existing_row(recipient):
    first = notify(recipient, DEMO, params={"name": "Liisa"}, dedupe_key="event:1")
    second = notify(recipient, DEMO, params={"name": "Other"}, dedupe_key="event:1")

    assert second == first
    assert Notification.objects.count() == 1


def test_the_same_dedupe_key_for_another_person_is_a_new_notification(recipient, stranger):
    notify(recipient, DEMO, params={"name": "Liisa"}, dedupe_key="event:1")
    notify(stranger, DEMO, params={"name": "Liisa"}, dedupe_key="event:1")

    assert Notification.objects.count() == 2


def test_an_unregistered_kind_raises_lookup_error(recipient):
    with pytest.raises(LookupError):
        notify(recipient, "nobody.registered_this")


def test_the_notification_goes_with_a_rolled_back_caller_transaction(recipient, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        notify(recipient, DEMO, params={"name": "Liisa"})
        raise RuntimeError("the caller's work failed")

    assert Notification.objects.count() == 0
    assert mail.outbox == []


def test_the_url_callable_runs_in_the_recipients_language(recipient):
    from django.urls import reverse
    from django.utils import translation

    with translation.override("en"):
        notification = notify(recipient, DEMO, params={"name": "Liisa"}, url=lambda: reverse("notifications:list"))

    assert notification.url == "/fi/notifications/"


def test_unread_count_counts_only_the_persons_unread_notifications(recipient, stranger):
    notify(recipient, DEMO, params={"name": "A"})
    read = notify(recipient, DEMO, params={"name": "B"})
    notify(stranger, DEMO, params={"name": "C"})
    Notification.objects.filter(pk=read.pk).update(read_at="2026-01-01T00:00:00Z")

    assert unread_count(recipient) == 1


def test_a_recipient_without_an_email_address_gets_only_the_in_app_notification(
    recipient, django_capture_on_commit_callbacks
):
    recipient.email = ""
    recipient.save()
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify(recipient, DEMO, params={"name": "Liisa"})

    assert notification.delivery == "inapp"
    assert mail.outbox == []
