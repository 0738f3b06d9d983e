"""The public offering (issue 16 §1-2): scope, filters, text in the page language, bad input, flat queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from activities.models import Activity, ActivitySession, ActivityTranslation, RegionOfferingPolicy
from readiness.models import Approval, Framework
from tests.activities.offering_world import kainuu_clubs, make

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(site_pages):
    return kainuu_clubs()


def test_the_list_shows_published_activities_without_an_account(client, world):
    make(world["club"], "Jalkapallo")
    make(world["club"], "Piilotettu", published=False)
    response = client.get(reverse("activities:offering"))
    assert response.status_code == 200
    assert "Jalkapallo" in response.text
    assert "Piilotettu" not in response.text


def test_a_dormant_associations_activities_leave_the_offering(client, world):
    activity = make(world["club"])
    world["club"].active = False
    world["club"].save()
    assert client.get(reverse("activities:detail", args=[activity.pk])).status_code == 404


def test_a_region_requiring_readiness_hides_associations_without_a_valid_approval(world):
    activity = make(world["club"])
    RegionOfferingPolicy.objects.create(region=world["region"], require_readiness=True)
    assert activity not in Activity.objects.public()
    Approval.objects.create(
        association=world["club"],
        framework=Framework.objects.create(name="Valmius"),
        valid_until=timezone.localdate() + datetime.timedelta(days=30),
    )
    assert activity in Activity.objects.public()


def test_filters_by_municipality_type_day_language_and_cost(client, world):
    football = make(world["club"], "Jalkapallo", languages=["fi", "ar"], cost="free")
    ActivitySession.objects.create(activity=football, weekday=1, starts_at="17:00", ends_at="18:00")
    make(world["other"], "Kerho", hobby_type="club", languages=["fi"], cost="fee")
    url = reverse("activities:offering")
    for query in (
        {"municipality": world["kajaani"].pk},
        {"hobby_type": "football"},
        {"weekday": "1"},
        {"language": "ar"},
        {"cost": "free"},
    ):
        text = client.get(url, query).text
        assert "Jalkapallo" in text and "Kerho" not in text, query


def test_the_chosen_municipality_is_remembered_in_the_session(client, world):
    make(world["club"], "Lauantaipotku")
    make(world["other"], "Sotkamon iltakerho")
    client.get(reverse("activities:offering"), {"municipality": world["sotkamo"].pk})
    text = client.get(reverse("activities:offering")).text
    assert "Sotkamon iltakerho" in text and "Lauantaipotku" not in text


@pytest.mark.parametrize(
    "query",
    [
        {"municipality": "x' OR 1=1"},
        {"weekday": "99"},
        {"language": "<script>"},
        {"cost": "a" * 10000},
        {"age_group": "😀"},
    ],
)
def test_bad_filter_values_are_ignored_not_500(client, world, query):
    make(world["club"], "Jalkapallo")
    response = client.get(reverse("activities:offering"), query)
    assert response.status_code == 200
    assert "<script>" not in response.text.split("<main")[-1].replace("&lt;script&gt;", "")


def test_the_page_shows_the_associations_translation_marked_with_its_language(client, world):
    activity = make(world["club"], "Jalkapallo", description="Suomeksi")
    ActivityTranslation.objects.create(activity=activity, language="ar", title="كرة القدم", description="بالعربية")
    with translation.override("ar"):
        url = reverse("activities:detail", args=[activity.pk])
    text = client.get(url).text
    assert "كرة القدم" in text and 'lang="ar"' in text


def test_a_persian_visitor_reads_the_associations_persian_translation(client, world):
    activity = make(world["club"], "Jalkapallo", description="Suomeksi")
    ActivityTranslation.objects.create(activity=activity, language="fa", title="فوتبال برای همه")
    with translation.override("fa"):
        url = reverse("activities:detail", args=[activity.pk])
    assert "فوتبال برای همه" in client.get(url).text


def test_a_text_written_in_persian_is_marked_persian_with_its_own_direction_on_the_english_page(client, world):
    activity = make(world["club"], "فوتبال برای همه", original_language="fa")
    with translation.override("en"):
        url = reverse("activities:detail", args=[activity.pk])
    heading = client.get(url).text.split("<h1", 1)[1].split(">", 1)[0]
    assert 'lang="fa"' in heading and 'dir="auto"' in heading  # the browser finds RTL from the text


def test_without_a_translation_the_original_is_shown_with_its_language(client, world):
    activity = make(world["club"], "Jalkapallo", original_language="fi")
    with_lang = client.get(reverse("activities:detail", args=[activity.pk])).text
    assert 'lang="fi"' in with_lang and "Jalkapallo" in with_lang


def test_hostile_description_is_sanitised_on_save(world):
    activity = make(world["club"], description='<p>Hei</p><script>alert(1)</script><img src=x onerror="alert(1)">')
    activity.refresh_from_db()
    assert "<script" not in activity.description and "onerror" not in activity.description
    assert "Hei" in activity.description


def test_the_map_link_is_a_plain_openstreetmap_search(world):
    activity = make(world["club"], address="Kauppakatu 1")
    assert activity.map_url.startswith("https://www.openstreetmap.org/search?query=Kauppakatu+1")


def test_an_unpublished_activity_page_is_404(client, world):
    activity = make(world["club"], published=False)
    assert client.get(reverse("activities:detail", args=[activity.pk])).status_code == 404


def test_list_queries_do_not_grow_with_the_number_of_activities(client, world):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("activities:offering")).status_code == 200
        return len(queries)

    for n in range(2):
        activity = make(world["club"], f"A{n}")
        ActivitySession.objects.create(activity=activity, weekday=n, starts_at="17:00", ends_at="18:00")
    count()  # warm the per-site caches: both counts below are warm
    few = count()
    for n in range(2, 12):
        activity = make(world["other"], f"B{n}")
        ActivitySession.objects.create(activity=activity, weekday=n % 7, starts_at="17:00", ends_at="18:00")
        ActivityTranslation.objects.create(activity=activity, language="en", title=f"E{n}")
    assert count() == few


def test_the_detail_page_queries_are_fixed(client, world):
    activity = make(world["club"])
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("activities:detail", args=[activity.pk]))
    assert len(queries) < 20
