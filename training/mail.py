"""Sending e-mail without letting a failing mail server break anything.

Every e-mail the site sends in a request or a task goes through
`send_safely`. A mail server that is down, refuses us or times out must
never turn a request into a 500, and the caller must know the mail did not
go, so it records nothing as sent (and a retry can send it later).
"""

import logging
import smtplib

from django.core.mail import EmailMessage
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# What a failing or unreachable mail server raises (socket errors, timeouts
# and refused connections are all OSError).
MAIL_FAILURES = (smtplib.SMTPException, OSError)

# What a person is told when an e-mail they caused could not be sent.
MAIL_FAILED_MESSAGE = _("We could not send the e-mail right now; try again in a few minutes.")


def send_safely(message: EmailMessage) -> bool:
    """Send `message`; True when the mail server accepted it.

    On a mail-server failure logs a warning (with the number of recipients,
    never their addresses) and returns False; never raises for it. Errors in
    building the message (a missing template, a bad argument) still raise:
    they are bugs, not outages.
    """
    recipients = len(message.recipients())
    try:
        sent = message.send()
    except MAIL_FAILURES as error:
        logger.warning(
            "E-mail %r to %d recipient(s) not sent: %s: %s", message.subject, recipients, type(error).__name__, error
        )
        return False
    return bool(sent) or recipients == 0


def send_mail_safely(subject: str, body: str, recipients: list[str]) -> bool:
    """`django.core.mail.send_mail(subject, body, None, recipients)`, through `send_safely`."""
    return send_safely(EmailMessage(subject, body, None, recipients))
