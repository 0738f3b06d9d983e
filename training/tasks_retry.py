"""Which task failures are worth another try, and how long to wait.

The production worker (operations.worker) runs a task again, after a growing
delay, when it raises one of TRANSIENT (or RetryLater), up to
settings.TASK_MAX_ATTEMPTS attempts in all; then the task is recorded as
failed, with its error and arguments, for staff to see and retry
(Django admin: Operations › Failed tasks). Any other exception is a bug:
recorded as failed at once. The immediate backend of the demo and tests runs
a task once and records the failure in its result (never raises into the
request).
"""

import random
import smtplib

from django.conf import settings
from django.db import InterfaceError, OperationalError


class RetryLater(Exception):
    """Raised by a task whose work could not be done now (the mail server
    refused, a lock was held) and is safe to try again."""


# A dropped or locked database, a mail server that is down or refuses, a
# network timeout: worth another try. (Plain OSError is not: a missing file is a bug.)
TRANSIENT = (RetryLater, OperationalError, InterfaceError, smtplib.SMTPException, ConnectionError, TimeoutError)


def is_transient(error: BaseException) -> bool:
    return isinstance(error, TRANSIENT)


def max_attempts() -> int:
    return int(getattr(settings, "TASK_MAX_ATTEMPTS", 5))


def backoff_seconds(attempt: int) -> float:
    """Delay before attempt `attempt + 1`: base × 2^(attempt-1), at most an hour, ±20 % jitter."""
    base = float(getattr(settings, "TASK_RETRY_BASE_SECONDS", 30))
    delay = min(base * 2 ** max(attempt - 1, 0), 3600.0)
    return delay * random.uniform(0.8, 1.2)  # noqa: S311 - jitter, not security
