import pytest

from accounts.personal_data import collect_personal_data
from notifications.models import Notification, NotificationPreference
from notifications.services import notify, set_preference
from tests.notifications.conftest import DEMO

pytestmark = pytest.mark.django_db


def test_the_personal_data_export_lists_the_persons_notifications_and_preferences(recipient):
    notify(recipient, DEMO, params={"name": "Liisa"})
    set_preference(recipient, DEMO, "digest")

    section = collect_personal_data(recipient)["notifications"]["data"]

    assert [item["title"] for item in section["notifications"]] == ["Liisa did something"]
    assert section["preferences"] == {DEMO: "digest"}


def test_deleting_the_account_deletes_its_notifications_and_preferences(recipient, stranger):
    from accounts.services import delete_account

    notify(recipient, DEMO, params={"name": "Liisa"})
    notify(stranger, DEMO, params={"name": "Sam"})
    set_preference(recipient, DEMO, "digest")

    delete_account(recipient)

    assert not Notification.objects.filter(recipient=recipient).exists()
    assert not NotificationPreference.objects.filter(user=recipient).exists()
    assert Notification.objects.filter(recipient=stranger).count() == 1
