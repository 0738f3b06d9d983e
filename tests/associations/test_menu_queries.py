"""My associations costs the same number of queries for one membership and for
several (no query per association, its municipality or a pending request).
The count is exact so that a new query is noticed."""

import pytest

from associations.models import Association, JoinRequest, Membership

pytestmark = pytest.mark.django_db

# Under test settings (database sessions; these people are exempt from MFA):
# the request's own queries plus the page's three reads, the memberships (with
# association and municipality), the pending join requests and the associations
# the person oversees.
MY_ASSOCIATIONS_QUERIES = 5


def count(client, django_assert_num_queries):
    assert client.get("/fi/associations/").status_code == 200  # fills the per-process caches
    with django_assert_num_queries(MY_ASSOCIATIONS_QUERIES):
        assert client.get("/fi/associations/").status_code == 200


def test_my_associations_with_one_membership(client, world, django_assert_num_queries):
    client.force_login(world.people["learner_a"])
    count(client, django_assert_num_queries)


def test_my_associations_with_several_memberships_and_requests(client, world, django_assert_num_queries):
    person = world.people["learner_a"]
    Membership.objects.create(user=person, association=world.b)
    for n in range(3):
        association = Association.objects.create(
            slug=f"seura-{n}", name=f"Seura {n}", association_type="sports_club", municipality=world.a.municipality
        )
        JoinRequest.objects.create(user=person, association=association)
    client.force_login(person)
    count(client, django_assert_num_queries)
