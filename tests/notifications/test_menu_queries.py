"""The notification centre costs the same number of queries for one
notification and for many (a page of 20; no query per row). The count is
exact so that a new query is noticed."""

import pytest

from notifications.services import notify
from tests.notifications.conftest import INAPP_DEMO

pytestmark = pytest.mark.django_db

# Under test settings (database sessions): the request's own queries plus the
# page of notifications, its count and the unread count.
LIST_QUERIES = 6


@pytest.mark.parametrize("n", [1, 25])
def test_notification_list_costs_the_same_queries_for_one_and_many(client, recipient, django_assert_num_queries, n):
    for i in range(n):
        notify(recipient, INAPP_DEMO, params={"name": f"Aino {i}"}, url="/fi/")
    client.force_login(recipient)
    assert client.get("/fi/notifications/").status_code == 200  # fills the per-process caches
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get("/fi/notifications/").status_code == 200
