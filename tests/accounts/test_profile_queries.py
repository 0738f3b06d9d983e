"""The profile page costs a fixed number of queries, whether or not the person
has given their municipality (it is read with the person, not again by the
form), and however many municipalities the list offers."""

import pytest

from associations.models import Municipality, Region

pytestmark = pytest.mark.django_db

# Under test settings (database sessions): the request's own queries (session,
# user, the MFA gate's checks on /profile/, the site chrome) plus the page's one
# read, the municipality list (the person is not read again for a GET).
PROFILE_QUERIES = 12


def add_municipalities(n: int) -> list[Municipality]:
    region, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    return [
        Municipality.objects.get_or_create(code=f"9{i:02d}", defaults={"name": f"Kunta {i}", "region": region})[0]
        for i in range(n)
    ]


@pytest.mark.parametrize("n", [1, 20])
@pytest.mark.parametrize("with_municipality", [False, True], ids=["no-municipality", "municipality"])
def test_profile_costs_the_same_queries_for_any_number_of_municipalities(
    client, learner, django_assert_num_queries, n, with_municipality
):
    municipalities = add_municipalities(n)
    if with_municipality:
        learner.municipality = municipalities[-1]
        learner.save()
    client.force_login(learner)
    assert client.get("/fi/profile/").status_code == 200  # fills the per-process caches
    with django_assert_num_queries(PROFILE_QUERIES):
        response = client.get("/fi/profile/")
    assert response.content.decode().count("Kunta ") == n
