"""training.locks: a job started twice at once runs once."""

import pytest
from django.core.management import call_command
from django.db import connection

from training.locks import lock_key, single_instance


@pytest.fixture(autouse=True)
def lock_dir(settings, tmp_path):
    settings.LOCK_DIR = tmp_path


@pytest.mark.django_db
def test_a_second_holder_is_refused_while_the_first_holds_the_lock():
    with single_instance("job") as first, single_instance("job") as second:
        assert first is True
        assert second is False


@pytest.mark.django_db
def test_the_lock_is_free_again_after_the_first_holder_is_done():
    with single_instance("job") as first:
        assert first
    with single_instance("job") as again:
        assert again


@pytest.mark.django_db
def test_different_jobs_do_not_block_each_other():
    with single_instance("one") as one, single_instance("two") as two:
        assert one and two


def test_lock_keys_are_stable_signed_64_bit_integers():
    assert lock_key("job") == lock_key("job")
    assert lock_key("job") != lock_key("other")
    assert -(2**63) <= lock_key("job") < 2**63


@pytest.mark.django_db(transaction=True)
def test_postgresql_advisory_lock_is_refused_to_a_second_connection():
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks need PostgreSQL")
    from tests.concurrency import run_together

    with single_instance("pg-job") as held:
        assert held
        results, errors = run_together([lambda: _try("pg-job")])
    assert (results, errors) == ([False], [])


def _try(name):
    with single_instance(name) as held:
        return held


@pytest.mark.django_db
def test_run_scheduled_says_already_running_and_does_not_run_the_job(capsys):
    with single_instance("scheduled:purge_audit_log") as held:
        assert held
        call_command("run_scheduled", "purge_audit_log")
    assert "already running" in capsys.readouterr().out


@pytest.mark.django_db
def test_run_scheduled_runs_the_job_when_free(capsys):
    call_command("run_scheduled", "repair_badge_awards", "--dry-run")
    assert "course badges missing: 0" in capsys.readouterr().out


@pytest.mark.django_db
def test_run_scheduled_refuses_an_unknown_command():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Unknown command"):
        call_command("run_scheduled", "no_such_job")
