"""The unread count is kept in the cache per person (notifications/unread.py):
a warm count costs no query, and every write to the person's notifications
changes it at once."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from notifications import services, unread
from notifications.models import Notification
from tests.notifications.conftest import INAPP_DEMO


def _count(user) -> tuple[int, int]:
    """(the count, queries it took)."""
    with CaptureQueriesContext(connection) as captured:
        value = services.unread_count(user)
    return value, len(captured)


def _notify(recipient, capture):
    with capture(execute=True):
        return services.notify(recipient, INAPP_DEMO, params={"name": "Aino"})


def test_a_warm_count_makes_no_query(recipient, django_capture_on_commit_callbacks):
    _notify(recipient, django_capture_on_commit_callbacks)
    assert _count(recipient) == (1, 1)
    assert _count(recipient) == (1, 0)


def test_a_new_notification_counts_at_once(recipient, django_capture_on_commit_callbacks):
    assert _count(recipient)[0] == 0
    _notify(recipient, django_capture_on_commit_callbacks)
    assert _count(recipient)[0] == 1


def test_marking_one_read_counts_at_once(recipient, django_capture_on_commit_callbacks):
    notification = _notify(recipient, django_capture_on_commit_callbacks)
    assert _count(recipient)[0] == 1
    with django_capture_on_commit_callbacks(execute=True):
        services.mark_read(notification)
    assert _count(recipient)[0] == 0


def test_marking_all_read_counts_at_once(recipient, django_capture_on_commit_callbacks):
    _notify(recipient, django_capture_on_commit_callbacks)
    assert _count(recipient)[0] == 1
    with django_capture_on_commit_callbacks(execute=True):
        services.mark_all_read(recipient)
    assert _count(recipient)[0] == 0


def test_a_deleted_notification_counts_at_once(recipient, django_capture_on_commit_callbacks):
    notification = _notify(recipient, django_capture_on_commit_callbacks)
    assert _count(recipient)[0] == 1
    with django_capture_on_commit_callbacks(execute=True):
        notification.delete()
    assert _count(recipient)[0] == 0


def test_the_purge_counts_at_once(recipient, django_capture_on_commit_callbacks):
    _notify(recipient, django_capture_on_commit_callbacks)
    assert _count(recipient)[0] == 1
    with django_capture_on_commit_callbacks(execute=True):
        services.purge_older_than(timezone.now() + timezone.timedelta(days=1))
    assert _count(recipient)[0] == 0


def test_a_count_taken_before_the_commit_is_not_used_after_it(recipient, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Notification.objects.create(recipient=recipient, kind=INAPP_DEMO)
        # Another request, which cannot see the row yet, counts 0 under the version of now.
        version = cache.get(unread._version_key(recipient.pk))
        cache.set(unread._count_key(recipient.pk), (version, 0))
    assert _count(recipient) == (1, 1)
    assert _count(recipient) == (1, 0)


def test_an_uncommitted_change_is_never_stored(recipient):
    Notification.objects.create(recipient=recipient, kind=INAPP_DEMO)  # its transaction may still roll back
    assert _count(recipient) == (1, 1)
    assert _count(recipient) == (1, 1)


def test_each_person_has_their_own_count(recipient, stranger, django_capture_on_commit_callbacks):
    _notify(recipient, django_capture_on_commit_callbacks)
    assert _count(recipient)[0] == 1
    assert _count(stranger)[0] == 0
    _notify(stranger, django_capture_on_commit_callbacks)
    _notify(stranger, django_capture_on_commit_callbacks)
    assert _count(recipient)[0] == 1
    assert _count(stranger)[0] == 2
