"""The regional dashboard's association table: 25 rows a page, a name search
kept across pages, garbage page numbers never a 500, and totals that are the
whole region's, not the page's."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from associations.models import Association, Membership
from reports.regional_report import PAGE_SIZE, regional_report
from tests.factories import UserFactory
from tests.reports.conftest import complete


@pytest.fixture(autouse=True)
def _no_figures_cache(settings):
    settings.REPORTS_FIGURES_CACHE_SECONDS = 0


@pytest.fixture
def region_of_30(world, courses):
    """Kainuu with 30 associations (the world's two and 28 more, "Seura 02".."Seura 29"), one member each."""
    for n in range(2, 30):
        association = Association.objects.create(
            slug=f"seura-{n:02}", name=f"Seura {n:02}", association_type="other", municipality=world.a.municipality
        )
        user = UserFactory(email=f"p.{n}@example.org")
        Membership.objects.create(user=user, association=association)
        if n % 3 == 0:
            complete(user, courses[0])
    return world


def page_of(client, world, **query):
    client.force_login(world.coordinator)
    with translation.override("en"):  # the English page: its texts are asserted below
        url = reverse("reports:region", args=[world.kainuu.pk])
    response = client.get(url, query)
    assert response.status_code == 200
    return response


def names(response) -> list[str]:
    return [row.name for row in response.context["report"].associations]


def test_page_two_shows_the_rows_after_page_one(client, region_of_30):
    everything = [row.name for row in regional_report(region_of_30.coordinator, region_of_30.kainuu).associations]
    first, second = page_of(client, region_of_30), page_of(client, region_of_30, page="2")
    assert names(first) == everything[:PAGE_SIZE]
    assert names(second) == everything[PAGE_SIZE:]
    assert len(everything) == 30


@pytest.mark.parametrize(("asked", "shown"), [("abc", 1), ("", 1), ("0", 2), ("-3", 2), ("999", 2), ("2.5", 1)])
def test_a_garbage_or_out_of_range_page_number_gives_the_first_or_last_page(client, region_of_30, asked, shown):
    assert page_of(client, region_of_30, page=asked).context["report"].page.number == shown


def test_search_by_name_lists_only_matches_and_keeps_the_search_in_the_page_links(client, region_of_30):
    response = page_of(client, region_of_30, q="seura 1")
    assert names(response) == [f"Seura {n}" for n in range(10, 20)]
    assert response.context["report"].page.paginator.num_pages == 1
    wide = page_of(client, region_of_30, q="seura")
    assert wide.context["report"].page.paginator.count == 29  # the 28 and "Palloseura"
    html = wide.content.decode()
    assert 'href="?q=seura&amp;page=2"' in html
    assert 'value="seura"' in html


def test_a_search_with_no_match_says_so(client, region_of_30):
    response = page_of(client, region_of_30, q="no such club")
    assert names(response) == []
    assert "No association of the region matches the search." in response.content.decode()


def test_totals_and_municipalities_are_the_whole_regions_not_the_pages(client, region_of_30):
    region = region_of_30.kainuu
    whole = regional_report(region_of_30.coordinator, region)
    for query in ({}, {"page": "2"}, {"q": "seura 1"}):
        report = page_of(client, region_of_30, **query).context["report"]
        assert report.total_associations == 30 == len(whole.associations)
        assert report.total_members == sum(row.members for row in whole.associations)
        assert report.municipalities == whole.municipalities
    by_name = {m.name: m for m in whole.municipalities}
    kajaani = [row for row in whole.associations if row.municipality == region_of_30.a.municipality.name]
    assert by_name[region_of_30.a.municipality.name].associations == len(kajaani)
    assert by_name[region_of_30.a.municipality.name].members == sum(row.members for row in kajaani)
    assert by_name[region_of_30.a.municipality.name].members_completed == sum(row.members_completed for row in kajaani)
    assert by_name[region_of_30.a.municipality.name].members_completed == 9  # Seura 03, 06, …, 27


def test_pagination_nav_is_labelled_and_marks_the_current_page(client, region_of_30):
    html = page_of(client, region_of_30, page="2").content.decode()
    nav = re.search(r'<nav aria-label="Pages of the associations table">(.*?)</nav>', html, re.S)
    assert nav, "the pagination nav has an accessible name"
    assert re.search(r'href="\?page=2" aria-current="page" aria-label="Page 2, the current page"', nav.group(1))
    assert 'href="?page=1" aria-label="Page 1"' in nav.group(1)
    assert 'rel="prev"' in nav.group(1)
    assert 'rel="next"' not in nav.group(1)


def test_no_pagination_nav_when_everything_fits_on_one_page(client, world):
    html = page_of(client, world).content.decode()
    assert "Pages of the associations table" not in html


def test_a_coordinator_of_another_region_finds_nothing_by_search_or_page(client, region_of_30):
    client.force_login(region_of_30.people["coordinator_savo"])
    url = reverse("reports:region", args=[region_of_30.kainuu.pk])
    assert client.get(url, {"q": "seura", "page": "2"}).status_code == 404
