"""50 concurrent award attempts for one recipient and badge → one award.

Needs PostgreSQL: SQLite serialises writers on one file lock, so it would not
show a race at all."""

import pytest
from django.db import connection

from badges import services
from badges.models import Award, AwardEvent
from tests.concurrency import run_together

ATTEMPTS = 50


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: SQLite cannot race writers")
def test_fifty_concurrent_attempts_make_one_award(transactional_db, manual_badge, person):
    def attempt():
        award, created = services.award_to_person(manual_badge, person, source="manual")
        return award.pk, created

    results, failures = run_together([attempt] * ATTEMPTS)

    assert failures == []
    assert len(results) == ATTEMPTS
    assert len({award_id for award_id, _created in results}) == 1
    assert sum(created for _award_id, created in results) == 1
    assert Award.objects.count() == 1
    assert AwardEvent.objects.count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: SQLite cannot race writers")
def test_concurrent_readiness_signals_make_one_award(transactional_db, association, approval):
    _results, failures = run_together([lambda: services.award_readiness(association, approval)] * 10)
    assert failures == []
    assert Award.objects.filter(recipient_association=association).count() == 1
