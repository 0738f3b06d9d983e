"""The notification centre and preferences pages: the person's own notifications only."""

import pytest
from django.utils import timezone

from notifications.models import Notification, NotificationPreference
from notifications.services import notify, preferences_for
from tests.notifications.conftest import DEMO, DIGEST_DEMO

pytestmark = pytest.mark.django_db


def test_the_list_shows_the_persons_own_notifications_only(client, recipient, stranger):
    notify(recipient, DEMO, params={"name": "Liisa"})
    notify(stranger, DEMO, params={"name": "Secret Sam"})
    client.force_login(recipient)

    response = client.get("/fi/notifications/")

    assert response.status_code == 200
    assert "Liisa did something" in response.content.decode()
    assert "Secret Sam" not in response.content.decode()


def test_the_list_asks_anonymous_visitors_to_log_in(client):
    response = client.get("/fi/notifications/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_mark_read_marks_the_persons_notification_read(client, recipient):
    notification = notify(recipient, DEMO, params={"name": "Liisa"})
    client.force_login(recipient)

    response = client.post(f"/fi/notifications/{notification.pk}/read/")

    assert response.status_code == 302
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_mark_read_of_someone_elses_notification_answers_404(client, recipient, stranger):
    foreign = notify(stranger, DEMO, params={"name": "Sam"})
    client.force_login(recipient)

    response = client.post(f"/fi/notifications/{foreign.pk}/read/")

    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.read_at is None


def test_mark_all_read_marks_only_the_persons_own_notifications(client, recipient, stranger):
    notify(recipient, DEMO, params={"name": "A"})
    notify(recipient, DEMO, params={"name": "B"})
    foreign = notify(stranger, DEMO, params={"name": "C"})
    client.force_login(recipient)

    client.post("/fi/notifications/read-all/")

    assert not Notification.objects.filter(recipient=recipient, read_at__isnull=True).exists()
    foreign.refresh_from_db()
    assert foreign.read_at is None


def test_the_header_bell_shows_the_unread_count(client, recipient):
    notify(recipient, DEMO, params={"name": "A"})
    notify(recipient, DEMO, params={"name": "B"})
    client.force_login(recipient)

    content = client.get("/fi/notifications/preferences/").content.decode()

    assert "Notifications, 2 unread" in content


def test_the_header_bell_costs_one_query(rf, recipient, django_assert_num_queries):
    from django.template import engines

    template = engines["django"].from_string('{% include "notifications/includes/header_bell.html" %}')
    request = rf.get("/fi/")
    request.user = recipient

    with django_assert_num_queries(1):
        template.render({"request": request, "user": recipient})


def test_the_header_bell_costs_no_query_for_anonymous_visitors(rf, django_assert_num_queries):
    from django.contrib.auth.models import AnonymousUser
    from django.template import engines

    template = engines["django"].from_string('{% include "notifications/includes/header_bell.html" %}')
    request = rf.get("/fi/")
    request.user = AnonymousUser()

    with django_assert_num_queries(0):
        template.render({"request": request, "user": request.user})


def test_the_preferences_page_saves_a_choice(client, recipient):
    client.force_login(recipient)

    choices = {**preferences_for(recipient), DEMO: "digest"}  # every registered kind is on the form

    response = client.post("/fi/notifications/preferences/", choices)

    assert response.status_code == 302
    assert NotificationPreference.objects.get(user=recipient, kind=DEMO).delivery == "digest"


def test_the_preferences_page_shows_the_kinds_default(client, recipient):
    client.force_login(recipient)

    response = client.get("/fi/notifications/preferences/")

    assert response.context["form"][DIGEST_DEMO].initial == "digest"


def test_the_profile_page_links_to_the_notification_settings(client, recipient):
    client.force_login(recipient)

    content = client.get("/fi/profile/").content.decode()

    assert 'href="/fi/notifications/preferences/"' in content


def test_an_old_read_notification_still_lists_as_read(client, recipient):
    notification = notify(recipient, DEMO, params={"name": "Liisa"})
    Notification.objects.filter(pk=notification.pk).update(read_at=timezone.now())
    client.force_login(recipient)

    response = client.get("/fi/notifications/")

    assert response.context["unread"] == 0


def test_opening_a_notification_marks_it_read_and_follows_its_link(client, recipient):
    notification = notify(recipient, DEMO, params={"name": "Liisa"}, url="/fi/profile/")
    client.force_login(recipient)

    response = client.get(f"/fi/notifications/{notification.pk}/open/")

    assert response.status_code == 302
    assert response["Location"] == "/fi/profile/"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_opening_someone_elses_notification_answers_404(client, recipient, stranger):
    foreign = notify(stranger, DEMO, params={"name": "Sam"}, url="/fi/profile/")
    client.force_login(recipient)

    response = client.get(f"/fi/notifications/{foreign.pk}/open/")

    assert response.status_code == 404
