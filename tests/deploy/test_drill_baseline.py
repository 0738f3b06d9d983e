"""The drill's baseline dump (deploy/drill/baseline.sql.gz) fits the code: every
migration it records as applied still exists, so the drill can migrate on top of
it (a migration renamed or squashed since would make the drill fall back to
migrating from nothing, a minute slower in CI)."""

import gzip
from pathlib import Path

import pytest
from django.db.migrations.loader import MigrationLoader

BASELINE = Path(__file__).resolve().parents[2] / "deploy" / "drill" / "baseline.sql.gz"


def applied_in_baseline() -> set[tuple[str, str]]:
    sql = gzip.decompress(BASELINE.read_bytes()).decode()
    block = sql[sql.index("COPY public.django_migrations") :]
    rows = block.split("\n", 1)[1].split("\n\\.", 1)[0].splitlines()
    return {(fields[1], fields[2]) for fields in (row.split("\t") for row in rows)}


def test_the_baseline_records_applied_migrations():
    assert ("contenttypes", "0001_initial") in applied_in_baseline()


@pytest.mark.django_db
def test_every_migration_the_baseline_applied_still_exists():
    on_disk = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    missing = sorted(applied_in_baseline() - on_disk)
    assert missing == [], f"rewrite the baseline: .venv/bin/python deploy/drill.py --write-baseline ({missing})"
