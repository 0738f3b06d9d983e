"""E-mail backends for tests: a mail server that is down.

settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
"""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend

FAILING_EMAIL_BACKEND = "tests.mail_backends.FailingEmailBackend"


class FailingEmailBackend(BaseEmailBackend):
    """Refuses every message as an SMTP server that dropped the connection would."""

    attempts = 0

    def send_messages(self, email_messages):
        FailingEmailBackend.attempts += len(email_messages)
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed (test mail server is down)")


def on_commit_runs_at_once():
    """Run transaction.on_commit callbacks at once, inside the request, as
    they run in production when a view commits with the immediate task
    backend (a test's own transaction never commits)."""
    from unittest import mock

    from django.db import transaction

    return mock.patch.object(transaction, "on_commit", lambda callback, **_kwargs: callback())
