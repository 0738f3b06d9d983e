"""Tasks used only by tests/operations."""

import logging

from django.core.cache import cache
from django.db import OperationalError
from django_tasks import task

from training.mail import send_mail_safely

logger = logging.getLogger("tests.operations")


@task()
def send_hello(address: str) -> bool:
    return send_mail_safely("Hello", "Hello there", [address])


@task()
def flaky(key: str, failures: int) -> int:
    """Fails `failures` times with a locked database, then succeeds."""
    seen = cache.get(key, 0)
    cache.set(key, seen + 1)
    if seen < failures:
        raise OperationalError("database is locked")
    return seen + 1


@task()
def always_locked() -> None:
    raise OperationalError("database is locked")


@task()
def buggy(value: int) -> None:
    raise ValueError(f"bad value {value}")


@task()
def log_something() -> None:
    logger.warning("task ran")
