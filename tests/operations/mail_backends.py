"""E-mail backends for tests/operations: a worker killed while it is sending."""

from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

KILLED_DURING_SEND_BACKEND = "tests.operations.mail_backends.KilledDuringSendBackend"


class KilledDuringSendBackend(LocmemBackend):
    """The process dies (KeyboardInterrupt leaves the worker at once, like a kill)
    while the mail server has not accepted the message yet: nothing reaches the outbox."""

    def send_messages(self, email_messages):
        raise KeyboardInterrupt("worker killed while sending")
