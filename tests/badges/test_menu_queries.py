"""My badges costs the same number of queries for one badge and for several
(no query per award, badge class or share link). The count is exact so that a
new query is noticed."""

import pytest

from badges import services
from tests.badges.factories import BadgeClassFactory

pytestmark = pytest.mark.django_db

# Under test settings (database sessions): the request's own queries (session,
# user, the MFA gate's role checks on /badges/ pages, the site chrome) plus the
# page's reads: the person's awards (with badge class), their associations'
# awards, the issuer and may-award.
MY_BADGES_QUERIES = 12


@pytest.mark.parametrize("n", [1, 5])
def test_my_badges_costs_the_same_queries_for_one_badge_and_many(client, person, django_assert_num_queries, n):
    for i in range(n):
        services.award_to_person(BadgeClassFactory(name=f"Merkki {i}"), person, source="manual")
    client.force_login(person)
    assert client.get("/fi/badges/").status_code == 200  # fills the per-process caches
    with django_assert_num_queries(MY_BADGES_QUERIES):
        response = client.get("/fi/badges/")
    assert response.content.decode().count('class="card mb-3 badge-card"') == n


def test_my_badges_without_badges_reads_no_issuer(client, person, django_assert_num_queries):
    client.force_login(person)
    assert client.get("/fi/badges/").status_code == 200
    with django_assert_num_queries(MY_BADGES_QUERIES - 1):  # the issuer names only a badge's share links
        response = client.get("/fi/badges/")
    assert "You have no badges yet." in response.content.decode()
