"""The newcomer's pages cost a fixed, small number of queries however many
activities, weekly times, translations and cancelled dates there are (no
query per activity). The counts are exact so that a new query is noticed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from activities.models import Activity, ActivityException, ActivitySession, ActivityTranslation

pytestmark = pytest.mark.django_db

# The activity with its association and municipality; its weekly times,
# translations and cancelled dates (one prefetch each); the readiness badge to
# link. The page chrome, stored after the warm-up request (training/chrome.py),
# reads nothing.
DETAIL_QUERIES = 5
# The activities; their weekly times and translations; the municipalities of
# the filter.
LIST_QUERIES = 4


def add_activities(world, n: int) -> list[Activity]:
    made = []
    for i in range(n):
        association = (world.a, world.b, world.c)[i % 3]
        activity = Activity.objects.create(
            association=association, title=f"Laji {i}", hobby_type="football", municipality=association.municipality
        )
        ActivitySession.objects.create(activity=activity, weekday=i % 7, starts_at="17:00", ends_at="18:00")
        ActivitySession.objects.create(activity=activity, weekday=(i + 3) % 7, starts_at="10:00", ends_at="11:00")
        ActivityTranslation.objects.create(activity=activity, language="en", title=f"Sport {i}")
        ActivityTranslation.objects.create(activity=activity, language="ar", title=f"رياضة {i}")
        ActivityException.objects.create(activity=activity, date=timezone.localdate() + timedelta(days=7))
        made.append(activity)
    return made


def warm(client, url) -> None:
    """Per-process caches of the page chrome (menus, site root) are filled once, as in production."""
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("language", ["fi", "en", "ar"])
def test_activity_page_costs_a_fixed_number_of_queries(client, world, django_assert_num_queries, language):
    activity = add_activities(world, 3)[0]
    url = f"/{language}/activities/{activity.pk}/"
    warm(client, url)
    with django_assert_num_queries(DETAIL_QUERIES):
        client.get(url)


def test_activity_page_queries_do_not_grow_with_times_translations_or_cancellations(
    client, world, django_assert_num_queries
):
    activity = add_activities(world, 1)[0]
    for day in [*range(1, 7), *range(8, 30)]:  # day 7 has its cancellation already
        ActivityException.objects.create(activity=activity, date=timezone.localdate() + timedelta(days=day))
    for weekday in range(7):
        ActivitySession.objects.create(activity=activity, weekday=weekday, starts_at="19:00", ends_at="20:00")
    url = reverse("activities:detail", args=[activity.pk])
    warm(client, url)
    with django_assert_num_queries(DETAIL_QUERIES):
        client.get(url)


@pytest.mark.parametrize("count", [3, 30])
def test_offering_list_costs_the_same_queries_for_3_and_30_activities(client, world, django_assert_num_queries, count):
    add_activities(world, count)
    url = reverse("activities:offering")
    warm(client, url)
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(url)
    assert len(response.context["activities"]) == count


def test_filtered_offering_list_costs_three_queries_more(client, world, django_assert_num_queries):
    add_activities(world, 12)
    url = reverse("activities:offering") + f"?municipality={world.a.municipality_id}"
    warm(client, url)
    # + the visitor's session ("near me" is remembered, written only when it changes) + the chosen
    # municipality + the site: a header with a query string is rendered, not stored (training/chrome.py)
    with django_assert_num_queries(LIST_QUERIES + 3):
        response = client.get(url)
    assert {a.municipality_id for a in response.context["activities"]} == {world.a.municipality_id}
