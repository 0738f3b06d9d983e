"""Concurrent senders never send a notification twice, and concurrent notify()
calls with one dedupe key make one row. Needs PostgreSQL: SQLite serialises
writers on one file lock, so it would not show a race at all."""

import pytest
from django.core import mail
from django.db import connection

from notifications import mailing
from notifications.models import Notification
from notifications.services import notify
from tests.concurrency import run_together
from tests.factories import UserFactory
from tests.notifications.conftest import DEMO, DIGEST_DEMO

RUNS = 8

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: SQLite serialises writers")


def race(work):
    results, errors = run_together([work] * RUNS)
    assert errors == []
    return results


def test_concurrent_digest_runs_send_each_digest_once(transactional_db):
    person = UserFactory(email="digest@example.org")
    notify(person, DIGEST_DEMO, params={"name": "Liisa"})
    notify(person, DIGEST_DEMO, params={"name": "Pekka"})
    mail.outbox = []

    race(mailing.send_all_digests)

    assert len(mail.outbox) == 1
    assert not Notification.objects.filter(email_sent_at__isnull=True).exists()


def test_concurrent_notify_with_one_dedupe_key_makes_one_notification(transactional_db):
    person = UserFactory(email="dedupe@example.org")

    results = race(lambda: notify(person, DEMO, params={"name": "Liisa"}, dedupe_key="same").pk)

    assert len(set(results)) == 1
    assert Notification.objects.count() == 1
