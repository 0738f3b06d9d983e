"""The regional dashboard and the association matrix cost the same number of
queries at 10 and at 200 associations (and whatever the number of members)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from associations.models import Association, Membership
from tests.factories import UserFactory
from tests.reports.conftest import complete


@pytest.fixture(autouse=True)
def _no_figures_cache(settings):
    """Count every query: the region's history figures are not served from the cache here."""
    settings.REPORTS_FIGURES_CACHE_SECONDS = 0


def grow(world, courses, total: int):
    """Bring Kainuu up to `total` associations, each with two members with some progress."""
    existing = Association.objects.filter(municipality__region=world.kainuu).count()
    municipality = world.a.municipality
    for n in range(existing, total):
        association = Association.objects.create(
            slug=f"seura-{n}", name=f"Seura {n}", association_type="other", municipality=municipality
        )
        for i in range(2):
            user = UserFactory(email=f"p{i}.{n}@example.org")
            Membership.objects.create(user=user, association=association)
            complete(user, courses[n % 2], lessons=None if i else 1)


def queries(client, url) -> int:
    client.get(url)  # warm the site header's per-process caches (Site, menus)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("person", ["coordinator", "staff"])
def test_regional_dashboard_queries_do_not_grow_with_associations(client, world, courses, person):
    client.force_login(world.people[person])
    url = reverse("reports:region", args=[world.kainuu.pk])
    grow(world, courses, 10)
    at_10 = queries(client, url)
    grow(world, courses, 200)
    at_200 = queries(client, url)
    assert at_10 == at_200


def test_a_later_page_and_a_search_cost_the_queries_of_the_first_page(client, world, courses):
    """The dashboard's table is paginated: page 3 of a search at 200
    associations costs what page 1 of it costs at 10. (Compared with a query
    string on both sides: a request with one costs a Site lookup more.)"""
    client.force_login(world.coordinator)
    url = reverse("reports:region", args=[world.kainuu.pk])
    grow(world, courses, 10)
    at_10 = queries(client, f"{url}?q=seura&page=1")
    grow(world, courses, 200)
    assert queries(client, f"{url}?q=seura&page=3") == at_10
    assert queries(client, f"{url}?page=8") == at_10


def test_readiness_overview_queries_do_not_grow_with_associations(client, world, courses):
    client.force_login(world.coordinator)
    url = reverse("readiness:overview")
    grow(world, courses, 10)
    at_10 = queries(client, url)
    searched_at_10 = queries(client, f"{url}?q=seura&page=1")
    grow(world, courses, 200)
    assert queries(client, url) == at_10
    assert queries(client, f"{url}?q=seura&page=4") == searched_at_10


def test_association_matrix_queries_do_not_grow_with_associations_or_members(client, world, courses, make_members):
    client.force_login(world.coordinator)
    url = reverse("reports:association", args=[world.a.slug])
    grow(world, courses, 10)
    at_10 = queries(client, url)
    grow(world, courses, 200)
    for person in make_members(world.a, 30, prefix="more"):
        complete(person, courses[0], lessons=1)
    at_200 = queries(client, url)
    assert at_10 == at_200


def test_funder_summary_queries_do_not_grow_with_associations(client, world, courses):
    client.force_login(world.coordinator)
    url = reverse("reports:funder", args=[world.kainuu.pk])
    grow(world, courses, 10)
    at_10 = queries(client, url)
    grow(world, courses, 60)
    assert queries(client, url) == at_10
