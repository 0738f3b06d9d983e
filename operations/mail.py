"""Every e-mail as a task: the one durable way to send a mail that is not a
notification (allauth's account mails, association invitations, newcomers'
try-request mails).

    from operations.mail import enqueue_mail
    result = enqueue_mail(message, label="accounts:password_reset_key")

In production (the database task backend) the request only stores the task;
the worker sends it, retrying with backoff while the mail server is down or
refuses (training.tasks_retry), and records it as failed, for staff to see
and retry, after the last attempt. With the immediate backend (the demo,
the tests) the task runs inside the call, so the mail is in `mail.outbox`
at once and `mail_failed(result)` says whether the server refused it.

Guarantees:
- the message is stored **encrypted** in the task row (Fernet, a key derived
  from SECRET_KEY, with SECRET_KEY_FALLBACKS accepted on reading): staff see
  the label, never a password-reset link or a login code;
- a task attempt runs only after the previous one stopped (the queue's
  guarantee, operations.worker), so a mail is sent again only in the
  residual window of at-least-once delivery: the worker is killed after the
  mail server accepted the message and before the task's success was
  committed (milliseconds), or the database stayed away longer than
  RECORD_RETRY_SECONDS then;
- `on_sent` (a dotted path, called with `hook_args` after the server accepted
  the mail) and `on_give_up` (called once the last attempt failed) let the
  caller record the result (e.g. "answer mailed", "delete the invitation");
  a failing `on_sent` is logged and never resends the mail.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import time

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import DatabaseError
from django.utils.module_loading import import_string

from training.mail import send_safely
from training.tasks_retry import RetryLater, max_attempts

logger = logging.getLogger(__name__)

KEY_CONTEXT = b"kohtaamo.operations.mail"
HOOK_RETRY_SECONDS = 30.0


class UnreadableMail(Exception):
    """The stored message cannot be decrypted (SECRET_KEY changed without keeping the old one in
    SECRET_KEY_FALLBACKS). Not transient: the task fails at once with this message."""


def _fernet() -> MultiFernet:
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    keys = [base64.urlsafe_b64encode(hashlib.sha256(KEY_CONTEXT + b":" + str(s).encode()).digest()) for s in secrets]
    return MultiFernet([Fernet(key) for key in keys])


def seal(message: EmailMessage) -> str:
    """`message` as an encrypted token (JSON inside)."""
    data = {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in (message.extra_headers or {}).items()},
        "content_subtype": message.content_subtype,
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": [_attachment(item) for item in message.attachments],
    }
    return _fernet().encrypt(json.dumps(data).encode()).decode()


def _attachment(item) -> list:
    filename, content, mimetype = item[0], item[1], item[2] if len(item) > 2 else None
    raw = content.encode() if isinstance(content, str) else bytes(content)
    return [filename, base64.b64encode(raw).decode(), mimetype, isinstance(content, str)]


def unseal(token: str) -> EmailMessage:
    try:
        data = json.loads(_fernet().decrypt(token.encode()))
    except InvalidToken as error:
        raise UnreadableMail(
            "the stored e-mail cannot be decrypted: SECRET_KEY changed (keep the old one in SECRET_KEY_FALLBACKS)"
        ) from error
    cls = EmailMultiAlternatives if data["alternatives"] else EmailMessage
    message = cls(
        data["subject"], data["body"], data["from_email"], data["to"],
        bcc=data["bcc"], cc=data["cc"], reply_to=data["reply_to"], headers=data["headers"],
    )  # fmt: skip
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, encoded, mimetype, is_text in data["attachments"]:
        raw = base64.b64decode(encoded)
        message.attach(filename, raw.decode() if is_text else raw, mimetype)
    return message


def enqueue_mail(message: EmailMessage, *, label: str, on_sent: str = "", on_give_up: str = "", hook_args=()):
    """Queue `message` for the mail task; returns the task's result (see the module docstring)."""
    from operations.tasks import deliver_mail

    return deliver_mail.enqueue(
        seal(message), label=label, on_sent=on_sent, on_give_up=on_give_up, hook_args=list(hook_args)
    )


def mail_failed(result) -> bool:
    """True when the mail task of `result` has already failed (the immediate backend: the server refused)."""
    from django_tasks import TaskResultStatus

    return getattr(result, "status", None) == TaskResultStatus.FAILED


def will_retry(context=None) -> bool:
    """Whether a failed attempt of the running task (`context`, or the worker's current one) will be
    tried again by the queue."""
    from operations.queue import current_attempt, uses_database_backend

    attempt = getattr(context, "attempt", None) or current_attempt.get()
    return uses_database_backend() and attempt < max_attempts()


def send_in_task(message: EmailMessage, context=None, *, on_give_up=None) -> bool:
    """Send `message` from inside a task: True when the server accepted it; RetryLater while the
    queue will try again; after the last attempt calls `on_give_up()` and raises RetryLater once
    more, so the task is recorded as FAILED for staff. With the immediate backend (no retries)
    `on_give_up()` runs at once and the answer is False."""
    from operations.queue import uses_database_backend

    if send_safely(message):
        return True
    refused = f"e-mail to {len(message.recipients())} recipient(s) not accepted by the mail server"
    if will_retry(context):
        raise RetryLater(refused)
    if on_give_up is not None:
        on_give_up()
    if uses_database_backend():
        raise RetryLater(refused + "; given up after the last attempt")
    return False


def run_hook(path: str, args) -> None:
    """Call the hook at `path`; retried while the database is away; logged, never raised, when it still fails."""
    if not path:
        return
    deadline = time.monotonic() + HOOK_RETRY_SECONDS
    hook = import_string(path)
    while True:
        try:
            hook(*args)
            return
        except DatabaseError:
            if time.monotonic() >= deadline:
                logger.exception("mail hook %s failed; the mail itself was handled", path)
                return
            time.sleep(1.0)
