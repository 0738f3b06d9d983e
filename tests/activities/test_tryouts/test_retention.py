"""Retention: try requests are deleted after the configured period, and only
anonymous counts per activity, month and outcome remain (issue 16 §4)."""

from datetime import datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from activities.models import TryRequest, TryRequestCount
from activities.tryouts import retention
from tests.activities.test_tryouts.helpers import new_request

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(datetime(2027, 6, 15, 12, 0))


def aged(activity, *, sent_months_ago, outcome="", outcome_months_ago=None, answer="", answered_months_ago=None):
    try_request = new_request(activity)
    fields = {"created_at": retention.months_before(NOW, sent_months_ago), "outcome": outcome, "answer": answer}
    if outcome_months_ago is not None:
        fields["outcome_at"] = retention.months_before(NOW, outcome_months_ago)
    if answered_months_ago is not None:
        fields["answered_at"] = retention.months_before(NOW, answered_months_ago)
    TryRequest.objects.filter(pk=try_request.pk).update(**fields)
    return try_request


def counts():
    return {(c.activity_id, c.month.isoformat(), c.outcome): c.count for c in TryRequestCount.objects.all()}


def test_a_request_is_deleted_twelve_months_after_its_outcome(tryout_world):
    old = aged(tryout_world.activity_a, sent_months_ago=14, outcome="joined", outcome_months_ago=13)
    recent = aged(tryout_world.activity_a, sent_months_ago=14, outcome="visited", outcome_months_ago=11)
    assert retention.purge(now=NOW) == 1
    assert list(TryRequest.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not TryRequest.objects.filter(pk=old.pk).exists()


def test_the_purge_keeps_an_anonymous_count_per_activity_month_and_outcome(tryout_world):
    for _ in range(2):
        aged(tryout_world.activity_a, sent_months_ago=14, outcome="joined", outcome_months_ago=13)
    aged(tryout_world.activity_a, sent_months_ago=14, outcome="no_show", outcome_months_ago=13)
    aged(tryout_world.activity_b, sent_months_ago=20, outcome="joined", outcome_months_ago=19)
    retention.purge(now=NOW)
    a, b = tryout_world.activity_a.pk, tryout_world.activity_b.pk
    assert counts() == {(a, "2026-04-01", "joined"): 2, (a, "2026-04-01", "no_show"): 1, (b, "2025-10-01", "joined"): 1}
    assert not TryRequest.objects.exists()


def test_a_request_without_outcome_is_deleted_after_the_open_bound(tryout_world, settings):
    settings.TRYOUT_OPEN_RETENTION_MONTHS = 6
    aged(tryout_world.activity_a, sent_months_ago=7)
    kept = aged(tryout_world.activity_a, sent_months_ago=5, answer="visit", answered_months_ago=5)
    assert retention.purge(now=NOW) == 1
    assert list(TryRequest.objects.values_list("pk", flat=True)) == [kept.pk]
    assert counts() == {(tryout_world.activity_a.pk, "2026-11-01", ""): 1}


def test_a_declined_request_counts_as_declined_and_goes_after_the_retention_period(tryout_world):
    aged(tryout_world.activity_a, sent_months_ago=13, answer="declined", answered_months_ago=13)
    aged(tryout_world.activity_a, sent_months_ago=3, answer="declined", answered_months_ago=3)
    assert retention.purge(now=NOW) == 1
    assert counts() == {(tryout_world.activity_a.pk, "2026-05-01", "declined"): 1}


def test_the_retention_period_is_configurable(tryout_world, settings):
    settings.TRYOUT_RETENTION_MONTHS = 3
    aged(tryout_world.activity_a, sent_months_ago=5, outcome="visited", outcome_months_ago=4)
    assert retention.purge(now=NOW) == 1


def test_a_second_purge_changes_nothing(tryout_world):
    aged(tryout_world.activity_a, sent_months_ago=14, outcome="joined", outcome_months_ago=13)
    retention.purge(now=NOW)
    before = counts()
    assert retention.purge(now=NOW) == 0
    assert counts() == before


def test_counts_add_up_across_purges(tryout_world):
    aged(tryout_world.activity_a, sent_months_ago=14, outcome="joined", outcome_months_ago=13)
    retention.purge(now=NOW)
    aged(tryout_world.activity_a, sent_months_ago=14, outcome="joined", outcome_months_ago=13)
    retention.purge(now=NOW)
    assert counts() == {(tryout_world.activity_a.pk, "2026-04-01", "joined"): 2}


def test_the_command_purges_and_reports(tryout_world, time_machine):
    time_machine.move_to(NOW)
    aged(tryout_world.activity_a, sent_months_ago=14, outcome="joined", outcome_months_ago=13)
    out = StringIO()
    call_command("purge_try_requests", "--dry-run", stdout=out)
    assert "1 try requests would be deleted" in out.getvalue()
    assert TryRequest.objects.count() == 1
    call_command("purge_try_requests", stdout=out)
    assert "Deleted 1 try requests" in out.getvalue()
    assert not TryRequest.objects.exists()


def test_months_before_clamps_to_the_end_of_a_shorter_month():
    moment = timezone.make_aware(datetime(2027, 3, 31, 8, 0))
    assert retention.months_before(moment, 1).date().isoformat() == "2027-02-28"
    assert retention.months_before(moment, 12).date().isoformat() == "2026-03-31"
    assert retention.months_before(moment, 15) == moment.replace(year=2025, month=12, day=31)
    assert retention.months_before(moment, 0) + timedelta(0) == moment


@pytest.mark.django_db(transaction=True)
def test_two_purges_at_once_count_every_request_exactly_once(reseeded_site_tree, tryout_world):
    if connection.vendor != "postgresql":
        pytest.skip("row locks (SELECT … FOR UPDATE SKIP LOCKED) need PostgreSQL")
    from tests.concurrency import run_together

    for _ in range(30):
        aged(tryout_world.activity_a, sent_months_ago=14, outcome="joined", outcome_months_ago=13)
    results, errors = run_together([lambda: retention.purge(now=NOW), lambda: retention.purge(now=NOW)])
    assert errors == []
    assert sum(results) == 30
    assert counts() == {(tryout_world.activity_a.pk, "2026-04-01", "joined"): 30}
    assert not TryRequest.objects.exists()
