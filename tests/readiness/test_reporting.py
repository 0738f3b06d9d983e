from django.db import connection
from django.test.utils import CaptureQueriesContext

from associations.models import Association
from readiness import reporting, services
from tests.readiness.helpers import meet_everything


def test_status_by_association_reports_each_status(world, team, course):
    meet_everything(world, team, course)
    services.submit_for_review(world.a, world.contact_a)
    summaries = reporting.status_by_association([world.a.pk, world.b.pk])
    assert summaries[world.a.pk].status == "ready_for_review"
    assert summaries[world.a.pk].status_label == "Ready for review"
    assert summaries[world.a.pk].url == f"/en/readiness/associations/{world.a.slug}/"
    assert summaries[world.b.pk].status == "not_started"
    assert summaries[world.b.pk].valid_until is None


def test_status_by_association_runs_the_same_queries_for_few_and_many(world, framework):
    few = [world.a.pk, world.b.pk]
    for n in range(20):
        Association.objects.create(
            slug=f"extra-{n}", name=f"Extra {n}", association_type="other", municipality=world.a.municipality
        )
    many = list(Association.objects.values_list("pk", flat=True))
    counts = []
    for ids in (few, many):
        with CaptureQueriesContext(connection) as queries:
            reporting.status_by_association(ids)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_current_approvals_lists_valid_ones(world, team, course):
    meet_everything(world, team, course)
    services.submit_for_review(world.a, world.contact_a)
    approval = services.approve(world.a, world.coordinator)
    [current] = reporting.current_approvals()
    assert current.pk == approval.pk
    assert current.approved_by == world.coordinator
    assert current.framework_id == approval.framework_id


def test_public_profile_url_is_absolute_and_in_the_default_language(world, settings):
    settings.SITE_URL = "https://kohtaamo.example"
    assert reporting.public_profile_url(world.a) == f"https://kohtaamo.example/fi/readiness/welcoming/{world.a.slug}/"
