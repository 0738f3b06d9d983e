"""The hobby offering's funnel (reports/offering_funnel.py) on the regional
dashboard, the funder summary and their exports: activities offered,
requests, first visits and joined per municipality and month, small cells
hidden, purged requests counted once, another region's activities absent."""

import csv
import io
from datetime import date, datetime, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from activities.models import Activity, TryRequest, TryRequestCount
from activities.tryouts import retention, services
from reports.offering_funnel import month_span, offering_funnel, period_months

MARCH = date(2026, 3, 1)
APRIL = date(2026, 4, 1)
MONTHS = [MARCH, APRIL]


def at(day: date, hour: int = 12) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def make_activity(association, title="Jalkapallo", **fields):
    activity = Activity.objects.create(
        association=association, title=title, hobby_type="football", municipality=association.municipality, **fields
    )
    Activity.objects.filter(pk=activity.pk).update(created_at=at(date(2026, 1, 10)))
    return activity


def add_requests(activity, n: int, sent: date, outcome: str = "", answer: str = "") -> list[TryRequest]:
    made = []
    for i in range(n):
        request = TryRequest.objects.create(
            activity=activity,
            first_name="Amina",
            email=f"amina{i}.{activity.pk}.{sent:%m%d}{outcome}@example.org",
            language="ar",
            consented_at=at(sent),
            answer=answer,
            outcome=outcome,
            outcome_at=at(sent) if outcome else None,
        )
        TryRequest.objects.filter(pk=request.pk).update(created_at=at(sent))
        made.append(request)
    return made


def table(funnel, key):
    return next(t for k, _title, t in funnel.tables if k == key)


def row_of(funnel, key, municipality):
    t = table(funnel, key)
    return t.cells[t.row_labels.index(municipality)]


@pytest.fixture
def kajaani_requests(world):
    """Palloseura (Kajaani): March 7 requests, 6 came, 5 of them joined; April 5 requests, none came yet."""
    activity = make_activity(world.a)
    add_requests(activity, 1, date(2026, 3, 3))
    add_requests(activity, 1, date(2026, 3, 4), outcome="visited")
    add_requests(activity, 5, date(2026, 3, 20), outcome="joined")
    add_requests(activity, 5, date(2026, 4, 2))
    return activity


def test_requests_first_visits_and_joined_are_counted_per_municipality_and_month(world, kajaani_requests):
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert (row_of(funnel, "requests", "Kajaani"), row_of(funnel, "visits", "Kajaani")) == ([7, 5, 12], [6, 0, 6])
    assert row_of(funnel, "joined", "Kajaani") == [5, 0, 5]


def test_a_request_counts_in_the_month_it_was_sent_in_local_time(world):
    activity = make_activity(world.a)
    # 31 March 23.30 in Helsinki is still March there (21.30 UTC).
    request = add_requests(activity, 1, date(2026, 3, 31))[0]
    TryRequest.objects.filter(pk=request.pk).update(created_at=at(date(2026, 3, 31), 23) + timedelta(minutes=30))
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert row_of(funnel, "requests", "Kajaani") == [1, 0, 1]


def test_requests_outside_the_months_are_not_counted(world, kajaani_requests):
    funnel = offering_funnel(world.coordinator, world.kainuu, [APRIL], limit=1)
    assert row_of(funnel, "requests", "Kajaani") == [5, 5]


def test_activities_offered_follow_the_season(world):
    make_activity(world.a, "Talvijalkapallo", season_starts=date(2026, 4, 10), season_ends=date(2026, 5, 31))
    make_activity(world.a, "Aina auki")
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert row_of(funnel, "offered", "Kajaani") == [1, 2, 2]  # March, April, different activities in the period


def test_unpublished_activity_is_not_offered(world):
    make_activity(world.a, published=False)
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert funnel.lines[-1].offered == 0


def test_activity_created_after_the_month_is_not_offered_in_it(world):
    activity = make_activity(world.a)
    Activity.objects.filter(pk=activity.pk).update(created_at=at(date(2026, 4, 15)))
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert row_of(funnel, "offered", "Kajaani") == [0, 1, 1]


def test_small_count_of_people_is_hidden(world, kajaani_requests):
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=5)
    assert row_of(funnel, "visits", "Kajaani")[0] == 6
    assert row_of(funnel, "joined", "Kajaani")[0] == 5
    sotkamo = make_activity(world.b, "Hiihto")
    add_requests(sotkamo, 2, date(2026, 3, 5))
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=5)
    assert row_of(funnel, "requests", "Sotkamo")[0] is None


def test_a_hidden_count_cannot_be_worked_out_from_the_totals(world, kajaani_requests):
    add_requests(make_activity(world.b, "Hiihto"), 2, date(2026, 3, 5))
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=5)
    for key in ("requests", "visits", "joined"):
        t = table(funnel, key)
        grid = [*t.cells, t.column_totals]
        for line in [*grid, *zip(*grid, strict=True)]:
            assert sum(value is None for value in line) != 1, key


def test_counts_of_activities_are_not_hidden(world):
    make_activity(world.a)
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=5)
    assert row_of(funnel, "offered", "Kajaani") == [1, 1, 1]


def test_summary_line_repeats_the_published_period_totals(world, kajaani_requests):
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=5)
    kajaani = next(line for line in funnel.lines if line.municipality == "Kajaani")
    assert (kajaani.offered, kajaani.requests, kajaani.visits, kajaani.joined) == (1, 12, 6, 5)


def test_purged_requests_are_still_counted_once(world, kajaani_requests):
    before = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    purged = retention.purge(now=at(date(2028, 1, 1)))
    after = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert purged == 12 and not TryRequest.objects.exists()
    assert [table(after, k).cells for k in ("requests", "visits", "joined")] == [
        table(before, k).cells for k in ("requests", "visits", "joined")
    ]


def test_a_second_purge_counts_nothing_more(world, kajaani_requests):
    retention.purge(now=at(date(2028, 1, 1)))
    retention.purge(now=at(date(2028, 2, 1)))
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert row_of(funnel, "requests", "Kajaani") == [7, 5, 12]


def test_live_and_purged_requests_of_one_month_add_up(world, kajaani_requests):
    # Six months on, March's request with no outcome is purged; those with an outcome stay.
    retention.purge(now=at(date(2026, 9, 10)))
    assert (
        TryRequestCount.objects.filter(month=MARCH).exists()
        and TryRequest.objects.filter(created_at__lt=at(APRIL)).exists()
    )
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert row_of(funnel, "requests", "Kajaani")[0] == 7


def test_request_deleted_by_the_contact_is_counted_once(world, kajaani_requests):
    services.delete_request(TryRequest.objects.filter(outcome="joined").first())
    funnel = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert (row_of(funnel, "requests", "Kajaani")[0], row_of(funnel, "joined", "Kajaani")[0]) == (7, 5)


def test_another_regions_activities_are_absent(world, kajaani_requests):
    add_requests(make_activity(world.c, "4H-kerho"), 6, date(2026, 3, 8))
    kainuu = offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)
    assert "Kuopio" not in table(kainuu, "requests").row_labels
    assert table(kainuu, "requests").column_totals[-1] == 12


def test_coordinator_of_another_region_gets_an_empty_funnel(world, kajaani_requests):
    funnel = offering_funnel(world.coordinator_savo, world.kainuu, MONTHS, limit=1)
    assert funnel.is_empty and funnel.lines[-1].requests == 0


def test_funnel_costs_two_queries_however_many_activities(world, django_assert_num_queries):
    for i in range(6):
        add_requests(make_activity(world.a if i % 2 else world.b, f"Laji {i}"), 2, date(2026, 3, 1 + i), "joined")
    with django_assert_num_queries(3):  # the scope check, the activities, the requests
        offering_funnel(world.coordinator, world.kainuu, MONTHS, limit=1)


def test_month_span_keeps_at_most_the_last_24_months():
    months = month_span(date(2000, 1, 15), date(2026, 3, 2))
    assert (len(months), months[0], months[-1]) == (24, date(2024, 4, 1), MARCH)


def test_funder_period_defaults_to_the_last_twelve_months():
    assert period_months(None, None, today=date(2026, 3, 15))[0] == date(2025, 4, 1)


# --- pages and exports --------------------------------------------------------


@pytest.fixture
def this_month_requests(world):
    """Six requests in Kajaani this month, five joined; two in Sotkamo."""
    today = timezone.localdate()
    add_requests(make_activity(world.a), 5, today, outcome="joined")
    add_requests(Activity.objects.get(association=world.a), 1, today)
    add_requests(make_activity(world.b, "Hiihto"), 2, today)
    add_requests(make_activity(world.c, "4H-kerho"), 9, today)


def test_regional_dashboard_shows_the_funnel_table(client, world, this_month_requests):
    client.force_login(world.coordinator)
    html = client.get(reverse("reports:region", args=[world.kainuu.pk])).content.decode()
    assert 'id="offering-summary"' in html and 'id="offering-joined"' in html
    assert "Kuopio" not in html


def test_funnel_tables_have_a_caption_and_header_scopes(client, world, this_month_requests):
    client.force_login(world.coordinator)
    html = client.get(reverse("reports:region", args=[world.kainuu.pk])).content.decode()
    summary = html.split('id="offering-summary"', 1)[1].split("</table>", 1)[0]
    assert "<caption" in summary and 'scope="col"' in summary and 'scope="row"' in summary


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def test_region_export_contains_the_funnel(client, world, this_month_requests, settings):
    settings.REPORTS_SUPPRESSION_THRESHOLD = 1
    client.force_login(world.coordinator)
    rows = csv_rows(client.get(reverse("reports:region_export", args=[world.kainuu.pk, "offering-funnel", "csv"])))
    assert ["Kajaani", "1", "6", "5", "5"] in rows and ["Sotkamo", "1", "2", "0", "0"] in rows
    assert not any(row and row[0] == "Kuopio" for row in rows)


def test_region_export_hides_small_cells(client, world, this_month_requests, settings):
    settings.REPORTS_SUPPRESSION_THRESHOLD = 5
    client.force_login(world.coordinator)
    rows = csv_rows(client.get(reverse("reports:region_export", args=[world.kainuu.pk, "offering-funnel", "csv"])))
    assert next(row for row in rows if row and row[0] == "Sotkamo")[2] == "<5"
    assert "2" not in [cell for row in rows if row and row[0] == "Sotkamo" for cell in row]  # its 2 requests


def test_funder_summary_export_contains_the_funnel(client, world, this_month_requests, settings):
    settings.REPORTS_SUPPRESSION_THRESHOLD = 1
    client.force_login(world.coordinator)
    rows = csv_rows(client.get(reverse("reports:region_export", args=[world.kainuu.pk, "funder-summary", "csv"])))
    assert ["Kajaani", "1", "6", "5", "5"] in rows


def test_funder_summary_page_shows_the_funnel(client, world, this_month_requests):
    client.force_login(world.coordinator)
    html = client.get(reverse("reports:funder", args=[world.kainuu.pk])).content.decode()
    assert 'id="offering-summary"' in html


def test_funder_summary_funnel_follows_the_period(client, world, this_month_requests):
    client.force_login(world.coordinator)
    period = {"start": "2020-01-01", "end": "2020-06-30"}
    response = client.get(reverse("reports:funder", args=[world.kainuu.pk]), period)
    assert [m.isoformat() for m in response.context["offering"].months][::5] == ["2020-01-01", "2020-06-01"]
    assert response.context["offering"].lines[-1].requests == 0


def test_learner_cannot_download_the_funnel(client, world, this_month_requests):
    client.force_login(world.learner_a)
    response = client.get(reverse("reports:region_export", args=[world.kainuu.pk, "offering-funnel", "csv"]))
    assert response.status_code == 404


def test_funder_summary_xlsx_contains_the_funnel(client, world, this_month_requests, settings):
    from openpyxl import load_workbook

    settings.REPORTS_SUPPRESSION_THRESHOLD = 1
    client.force_login(world.coordinator)
    response = client.get(reverse("reports:region_export", args=[world.kainuu.pk, "funder-summary", "xlsx"]))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert ("Kajaani", 1, 6, 5, 5) in [row[:5] for row in sheet.iter_rows(values_only=True)]
