"""50 concurrent award attempts for one recipient and badge → one award.

Needs PostgreSQL: SQLite serialises writers on one file lock, so it would not
show a race at all."""

import threading

import pytest
from django.db import connection, connections

from badges import services
from badges.models import Award, AwardEvent

ATTEMPTS = 50


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: SQLite cannot race writers")
def test_fifty_concurrent_attempts_make_one_award(transactional_db, manual_badge, person):
    barrier = threading.Barrier(ATTEMPTS)
    results, failures = [], []

    def attempt():
        try:
            barrier.wait()
            award, created = services.award_to_person(manual_badge, person, source="manual")
            results.append((award.pk, created))
        except Exception as error:
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert len(results) == ATTEMPTS
    assert len({award_id for award_id, _created in results}) == 1
    assert sum(created for _award_id, created in results) == 1
    assert Award.objects.count() == 1
    assert AwardEvent.objects.count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: SQLite cannot race writers")
def test_concurrent_readiness_signals_make_one_award(transactional_db, association, approval):
    barrier = threading.Barrier(10)
    failures = []

    def attempt():
        try:
            barrier.wait()
            services.award_readiness(association, approval)
        except Exception as error:
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert Award.objects.filter(recipient_association=association).count() == 1
