"""The dashboards and their exports, as the people in scope see them."""

import csv
import io
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests.reports.conftest import complete


def get(client, person, name, **kwargs):
    client.force_login(person)
    return client.get(reverse(f"reports:{name}", kwargs=kwargs))


def test_contact_sees_the_matrix_of_their_association(client, world, courses):
    complete(world.learner_a, courses[0])
    response = get(client, world.contact_a, "association", slug=world.a.slug)
    assert response.status_code == 200
    assert "Tervetuloa" in response.content.decode()
    assert world.learner_a.get_full_name() in response.content.decode()


def test_coordinator_sees_every_association_of_the_region(client, world, courses):
    response = get(client, world.coordinator, "region", region_id=world.kainuu.pk)
    assert response.status_code == 200
    names = [row.name for row in response.context["report"].associations]
    assert sorted(names) == sorted([world.a.name, world.b.name])


def test_regional_completion_rate_counts_members_who_completed_a_course(client, world, courses):
    complete(world.learner_a, courses[0])
    report = get(client, world.coordinator, "region", region_id=world.kainuu.pk).context["report"]
    row = next(r for r in report.associations if r.pk == world.a.pk)
    assert (row.members, row.members_completed, row.completion_rate) == (2, 1, 50)


def test_funnel_counts_enrolled_started_and_completed(client, world, courses):
    complete(world.learner_a, courses[0])
    complete(world.learner_b, courses[0], lessons=1)
    complete(world.contact_a, courses[0], lessons=0)
    report = get(client, world.coordinator, "region", region_id=world.kainuu.pk).context["report"]
    first = report.funnel[0]
    assert (first.enrolled, first.started, first.completed) == (3, 2, 1)


def test_completions_per_month_count_each_month(client, world, courses):
    now = timezone.now()
    complete(world.learner_a, courses[0], at=now)
    complete(world.learner_b, courses[0], at=now)
    complete(world.learner_a, courses[1], at=now - timedelta(days=62))
    report = get(client, world.coordinator, "region", region_id=world.kainuu.pk).context["report"]
    assert len(report.months) == 12
    assert report.months[-1].completions == 2
    assert sum(m.completions for m in report.months) == 3


def test_chart_and_table_show_the_same_figures(client, world, courses):
    complete(world.learner_a, courses[0])
    response = get(client, world.coordinator, "region", region_id=world.kainuu.pk)
    bars = [bar["value"] for bar in response.context["chart"]["bars"]]
    assert bars == [m.completions for m in response.context["report"].months]
    assert "<svg" in response.content.decode()


def test_municipality_breakdown_rolls_up_the_associations(client, world, courses):
    report = get(client, world.coordinator, "region", region_id=world.kainuu.pk).context["report"]
    assert {(m.name, m.associations, m.members) for m in report.municipalities} == {
        ("Kajaani", 1, 2),
        ("Sotkamo", 1, 2),
    }


def test_index_lists_the_coordinators_region(client, world):
    response = get(client, world.coordinator, "index")
    assert reverse("reports:region", args=[world.kainuu.pk]) in response.content.decode()


def test_index_lists_the_contacts_association(client, world):
    response = get(client, world.contact_a, "index")
    assert reverse("reports:association", args=[world.a.slug]) in response.content.decode()


def test_contact_exports_the_matrix_as_csv(client, world, courses):
    complete(world.learner_a, courses[0])
    response = get(client, world.contact_a, "association_export", slug=world.a.slug, table="matrix", fmt="csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][3:5] == ["Tervetuloa", "Kohtaaminen"]
    assert len(rows) == 3


def test_semicolon_option_is_honoured(client, world, courses):
    client.force_login(world.contact_a)
    url = reverse("reports:association_export", args=[world.a.slug, "matrix", "csv"]) + "?delimiter=semicolon"
    first_line = b"".join(client.get(url).streaming_content).decode("utf-8-sig").splitlines()[0]
    assert first_line.count(";") >= 4


def test_contact_exports_the_matrix_as_xlsx(client, world, courses):
    response = get(client, world.contact_a, "association_export", slug=world.a.slug, table="matrix", fmt="xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.max_row == 3


def test_unknown_export_format_is_404(client, world):
    assert (
        get(client, world.contact_a, "association_export", slug=world.a.slug, table="matrix", fmt="pdf").status_code
        == 404
    )


def test_unknown_table_is_404(client, world):
    assert (
        get(client, world.coordinator, "region_export", region_id=world.kainuu.pk, table="x", fmt="csv").status_code
        == 404
    )


def test_every_regional_table_exports(client, world, courses):
    client.force_login(world.coordinator)
    for table in [
        "associations",
        "municipalities",
        "funnel",
        "completions",
        "sessions",
        "funder-summary",
        "funder-participants",
    ]:
        for fmt in ["csv", "xlsx"]:
            response = client.get(reverse("reports:region_export", args=[world.kainuu.pk, table, fmt]))
            assert response.status_code == 200, (table, fmt)
            b"".join(response.streaming_content)


def test_every_association_table_exports(client, world, courses):
    client.force_login(world.contact_a)
    for table in ["matrix", "inactive", "attendance"]:
        for fmt in ["csv", "xlsx"]:
            response = client.get(reverse("reports:association_export", args=[world.a.slug, table, fmt]))
            assert response.status_code == 200, (table, fmt)


def test_history_figures_are_cached_for_a_while_when_the_cache_is_on(client, world, courses, settings):
    from reports.regional_report import regional_report

    settings.REPORTS_FIGURES_CACHE_SECONDS = 300

    complete(world.learner_a, courses[0])
    first = regional_report(world.coordinator, world.kainuu)
    complete(world.learner_b, courses[0])
    again = regional_report(world.coordinator, world.kainuu)
    assert again.funnel == first.funnel


def test_history_figures_are_fresh_when_the_cache_is_off(client, world, courses, settings):
    from reports.regional_report import regional_report

    settings.REPORTS_FIGURES_CACHE_SECONDS = 0
    complete(world.learner_a, courses[0])
    regional_report(world.coordinator, world.kainuu)
    complete(world.learner_b, courses[0])
    assert regional_report(world.coordinator, world.kainuu).funnel[0].completed == 2


def test_trainer_sees_links_to_quiz_analytics(client, world, monkeypatch):
    from types import SimpleNamespace

    from reports import sources

    monkeypatch.setattr(sources, "quizzes_with_analytics_for", lambda user: [(SimpleNamespace(title="Visa"), "/q/1/")])
    response = get(client, world.staff, "index")
    assert 'href="/q/1/"' in response.content.decode()


def test_regional_dashboard_shows_readiness_status_from_readiness(client, world, courses):
    report = get(client, world.coordinator, "region", region_id=world.kainuu.pk).context["report"]
    assert report.readiness_available
    assert all(row.readiness is not None and row.readiness.status for row in report.associations)


def test_matrix_shows_live_session_attendance_from_live(client, world, courses):
    report = get(client, world.contact_a, "association", slug=world.a.slug).context["report"]
    assert report.attendance_available
    assert {row.sessions_attended for row in report.rows} == {0}
