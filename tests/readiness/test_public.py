import pytest
from django.urls import reverse

from readiness import hooks, services
from tests.readiness.helpers import meet_everything


@pytest.fixture
def approved(world, team, course):
    meet_everything(world, team, course)
    services.save_measures(
        world.a, world.contact_a, measures="Loan equipment for all newcomers.", public_summary="Football for all ages."
    )
    world.a.activity_languages = ["fi", "ar"]
    world.a.save()
    services.submit_for_review(world.a, world.contact_a)
    services.approve(world.a, world.coordinator)
    return world.a


def names(response):
    return [entry["association"].slug for entry in response.context["entries"]]


def test_directory_lists_approved_associations_only(client, approved, world):
    response = client.get(reverse("readiness:directory"))
    assert names(response) == [approved.slug]
    assert "Football for all ages." in response.content.decode()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ({"language": "ar"}, True),
        ({"language": "ru"}, False),
        ({"association_type": "sports_club"}, True),
        ({"association_type": "4h"}, False),
    ],
)
def test_directory_filters(client, approved, query, found):
    response = client.get(reverse("readiness:directory"), query)
    assert names(response) == ([approved.slug] if found else [])


def test_directory_filter_by_municipality(client, approved, world):
    response = client.get(reverse("readiness:directory"), {"municipality": world.b.municipality_id})
    assert names(response) == []


def test_invalid_filter_does_not_fail(client, approved):
    response = client.get(reverse("readiness:directory"), {"municipality": "x", "language": "zz"})
    assert response.status_code == 200


def test_directory_links_to_badge_verification(client, approved, monkeypatch):
    monkeypatch.setattr(hooks, "_verification_link_providers", [lambda assocs: {a.pk: "/verify/x/" for a in assocs}])
    assert 'href="/verify/x/"' in client.get(reverse("readiness:directory")).content.decode()


def test_profile_of_an_approved_association(client, approved):
    response = client.get(reverse("readiness:profile", kwargs={"slug": approved.slug}))
    assert response.status_code == 200
    assert "Ready to welcome newcomers" in response.content.decode()


def test_profile_of_a_never_approved_association_is_404(client, world, framework):
    assert client.get(reverse("readiness:profile", kwargs={"slug": world.b.slug})).status_code == 404


def test_directory_runs_the_same_queries_for_one_and_many(client, approved, world, framework, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from readiness.models import Approval

    monkeypatch.setattr(hooks, "_verification_link_providers", [])
    client.get(reverse("readiness:directory"))  # warm the per-site caches: both counts below are warm
    counts = []
    for extra in (0, 5):
        for n in range(extra):
            association = world.a.__class__.objects.create(
                slug=f"more-{n}", name=f"More {n}", association_type="other", municipality=world.a.municipality
            )
            Approval.objects.create(
                association=association,
                framework=framework,
                valid_until=approved.readiness_approvals.first().valid_until,
            )
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("readiness:directory"))
        assert len(response.context["entries"]) == 1 + extra
        counts.append(len(queries))
    assert counts[0] == counts[1]
