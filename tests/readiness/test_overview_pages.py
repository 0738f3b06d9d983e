"""The readiness overview at scale: one page of associations at a time (a
name search kept across pages, garbage page numbers never a 500), the count
waiting for review over all of them, and the SQL twins of derive_status that
the counts use (readiness.queries.approved_today / waiting_for_review)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from associations.models import Association
from readiness import queries, reporting
from readiness.models import AssociationReadiness, Status
from readiness.views.association import OVERVIEW_PAGE_SIZE
from tests.readiness.factories import ApprovalFactory


@pytest.fixture
def region_of_30(world, framework):
    """Kainuu with 30 associations; every third of the new ones waits for review."""
    for n in range(2, 30):
        association = Association.objects.create(
            slug=f"seura-{n:02}", name=f"Seura {n:02}", association_type="other", municipality=world.a.municipality
        )
        if n % 3 == 0:
            AssociationReadiness.objects.create(association=association, submitted_at=timezone.now())
    return world


def overview(client, world, **query):
    client.force_login(world.coordinator)
    response = client.get(reverse("readiness:overview"), query)
    assert response.status_code == 200
    return response


def slugs(response) -> list[str]:
    return [a.slug for a, _summary in response.context["rows"]]


def test_page_two_continues_after_page_one(client, region_of_30):
    every = list(Association.objects.filter(municipality__region=region_of_30.kainuu).order_by("name", "pk"))
    assert slugs(overview(client, region_of_30)) == [a.slug for a in every[:OVERVIEW_PAGE_SIZE]]
    assert slugs(overview(client, region_of_30, page="2")) == [a.slug for a in every[OVERVIEW_PAGE_SIZE:]]


@pytest.mark.parametrize(("asked", "shown"), [("x", 1), ("0", 2), ("999", 2)])
def test_garbage_or_out_of_range_page_numbers_give_the_first_or_last_page(client, region_of_30, asked, shown):
    assert overview(client, region_of_30, page=asked).context["page"].number == shown


def test_the_waiting_count_is_over_every_association_not_the_page(client, region_of_30):
    for page in ("1", "2"):
        response = overview(client, region_of_30, page=page)
        assert response.context["waiting_count"] == 9  # Seura 03, 06, …, 27
        assert "9 associations are waiting for review." in response.content.decode()


def test_search_keeps_to_the_overseen_and_a_miss_is_not_a_404(client, region_of_30):
    response = overview(client, region_of_30, q="seura 2")
    assert slugs(response) == [f"seura-{n}" for n in range(20, 30)]
    miss = overview(client, region_of_30, q="kuopion")  # Savo's association: not this coordinator's
    assert slugs(miss) == []
    assert "No association you oversee matches the search." in miss.content.decode()


def test_page_links_keep_the_search(client, region_of_30):
    html = overview(client, region_of_30, q="seura").content.decode()
    assert 'href="?q=seura&amp;page=2"' in html
    assert 'aria-current="page"' in html


def test_overview_is_still_404_for_someone_who_oversees_nothing(client, world):
    client.force_login(world.people["outsider"])
    assert client.get(reverse("readiness:overview"), {"q": "seura"}).status_code == 404


def test_approved_today_and_waiting_for_review_agree_with_derive_status(world, framework):
    today = timezone.localdate()
    yesterday = today - datetime.timedelta(days=1)
    made = {}
    for name, setup in {
        "valid": lambda a: ApprovalFactory(association=a, framework=framework),
        "expired": lambda a: ApprovalFactory(association=a, framework=framework, valid_until=yesterday),
        "renewal waiting": lambda a: (
            ApprovalFactory(association=a, framework=framework),
            AssociationReadiness.objects.create(association=a, submitted_at=timezone.now()),
        ),
        "latest expired, older valid": lambda a: (
            ApprovalFactory(
                association=a,
                framework=framework,
                approved_at=timezone.now() - datetime.timedelta(days=30),
                valid_until=today + datetime.timedelta(days=100),
            ),
            ApprovalFactory(association=a, framework=framework, valid_until=yesterday),
        ),
        "nothing": lambda a: None,
    }.items():
        association = Association.objects.create(
            slug=name.replace(" ", "-").replace(",", ""),
            name=name,
            association_type="other",
            municipality=world.a.municipality,
        )
        setup(association)
        made[name] = association
    everything = Association.objects.all()
    statuses = reporting.status_by_association(everything.values_list("pk", flat=True))
    approved = {pk for pk, s in statuses.items() if s.status == Status.APPROVED}
    waiting = {pk for pk, s in statuses.items() if s.status == Status.READY_FOR_REVIEW}
    assert set(queries.approved_today(everything).values_list("pk", flat=True)) == approved == {made["valid"].pk}
    assert set(queries.waiting_for_review(everything).values_list("pk", flat=True)) == waiting
    assert made["renewal waiting"].pk in waiting
