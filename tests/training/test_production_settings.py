"""Production settings refuse to start without secrets and pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
GOOD_KEY = "x" * 20 + "-production-like-secret-key-0123456789abcdef"


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # Nothing of the test run leaks in: the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE,
    # which check --deploy rightly refuses.
    leaked = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    environment = {k: v for k, v in os.environ.items() if k not in leaked}
    environment.update({"DJANGO_SETTINGS_MODULE": "training.settings.production", **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="kohtaamo.example")
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", SECRET_KEY=GOOD_KEY)
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS" in result.stderr


def test_production_check_deploy_prints_no_warnings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="kohtaamo.example"
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_seed_demo_refuses_to_run_under_production_settings():
    result = run_manage("seed_demo", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="kohtaamo.example")
    assert result.returncode != 0
    assert "refuses to run" in result.stderr
