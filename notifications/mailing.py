"""Notification e-mails: one per notification ("e-mail immediately") or one
daily digest per person.

How a mail is sent at most once (and what "once" honestly means):

- A sender first **claims** the rows (an atomic UPDATE that only one
  concurrent sender wins), sends through training.mail.send_safely, and
  records email_sent_at only when it returned True; on failure it releases
  the claim, so the next attempt sends it.
- The claim says **who holds it**. A sender running as a task of the
  production queue claims with its task's id (`holder`); any other sender
  (the digest run, staff's re-send, the immediate backend of the demo) with a
  fresh random id. A claim can be taken over when
  * it belongs to an earlier attempt of the same task: the queue runs a task
    again only after that attempt stopped (it failed, or its worker's
    heartbeat went stale and the task was requeued), so the earlier attempt
    cannot be sending any more;
  * it belongs to a task of the queue that is no longer running (finished,
    failed or waiting for a retry after its worker died);
  * or it is older than STALE_CLAIM (a holder we cannot look up, e.g. a
    crashed digest run).
  A claim held by a live foreign sender is left alone: the task answers BUSY
  and raises RetryLater, so it looks again after its backoff.
- **The residual window (at-least-once there):** SMTP has no two-phase
  commit. If the sender is killed, or the database is unreachable for longer
  than MARK_RETRY_SECONDS, after the mail server accepted the message
  ("250") and before email_sent_at is committed, the next attempt sends the
  mail again: a second copy, never a lost mail. That window is the few
  milliseconds between the server's "250" and the commit. A sender killed
  *before* the server's "250" (e.g. while the server is slow to answer) has
  not sent anything, and the retry sends the one copy promptly.
"""

import enum
import logging
import time
import uuid
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import DatabaseError, close_old_connections
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from notifications.models import Delivery, Notification
from notifications.registry import get_kind, is_registered
from notifications.services import (
    DIGEST_TOKEN_KIND,
    absolute_url,
    language_of,
    preferences_for,
    title_of,
    unsubscribe_token,
)
from training.mail import send_safely

logger = logging.getLogger(__name__)

STALE_CLAIM = timedelta(minutes=30)
# Immediate e-mails still unsent after this long are retried by the digest run.
RETRY_AFTER = timedelta(minutes=5)
# How long a sender keeps trying to record "sent" when the database is away
# right after the mail server accepted the message (see the module docstring).
MARK_RETRY_SECONDS = 60.0


class Outcome(enum.Enum):
    SENT = "sent"  # handed to the mail server now
    NOTHING = "nothing"  # already sent, no longer wanted by e-mail, or gone
    FAILED = "failed"  # the mail server refused; the claim is released
    BUSY = "busy"  # another live sender holds the claim


def _dead_task_claims(claims) -> set:
    """The claims among `claims` that are ids of queue tasks no longer running."""
    claims = {claim for claim in claims if claim is not None}
    if not claims:
        return set()
    from django_tasks_db.models import DBTaskResult

    return set(DBTaskResult.objects.filter(pk__in=claims).exclude(status="RUNNING").values_list("pk", flat=True))


def _claimable(queryset, now, holder: uuid.UUID | None = None, dead=()):
    takeover = Q(email_claim__isnull=True) | Q(email_claimed_at__lt=now - STALE_CLAIM)
    if holder is not None:
        takeover |= Q(email_claim=holder)
    if dead:
        takeover |= Q(email_claim__in=list(dead))
    return queryset.filter(email_sent_at__isnull=True).filter(takeover)


def _claim(queryset, holder: uuid.UUID | None = None) -> tuple[uuid.UUID, list[Notification]]:
    """Claim the unsent rows of `queryset` for this sender; returns the claim and the rows it won.

    `holder`: the id of the queue task this sender runs as (see the module docstring)."""
    now, claim = timezone.now(), holder or uuid.uuid4()
    unsent = queryset.filter(email_sent_at__isnull=True)
    dead = _dead_task_claims(unsent.exclude(email_claim=claim).values_list("email_claim", flat=True).distinct())
    pks = list(_claimable(queryset, now, claim, dead).values_list("pk", flat=True))
    # The UPDATE re-checks the conditions row by row: a concurrent sender that
    # claimed (or took over) a row first keeps it.
    _claimable(Notification.objects.filter(pk__in=pks), now, claim, dead).update(
        email_claim=claim, email_claimed_at=now
    )
    rows = list(
        Notification.objects.filter(email_claim=claim, email_sent_at__isnull=True, pk__in=queryset.values("pk"))
        .select_related("recipient")
        .order_by("created_at")
    )
    return claim, rows


def _finish(claim: uuid.UUID, sent: bool, pks: list[int]) -> None:
    """Record the result of the send; retried for MARK_RETRY_SECONDS while the database is away."""
    claimed = Notification.objects.filter(email_claim=claim, pk__in=pks)
    deadline = time.monotonic() + MARK_RETRY_SECONDS
    while True:
        try:
            if sent:
                claimed.update(email_sent_at=timezone.now(), email_claim=None, email_claimed_at=None)
            else:
                claimed.update(email_claim=None, email_claimed_at=None)
            return
        except DatabaseError:
            if time.monotonic() >= deadline:
                raise
            logger.warning("could not record the e-mail of notification(s) %s yet; retrying", pks)
            close_old_connections()
            time.sleep(1.0)


def _links(user, kind_key: str) -> dict:
    return {
        "unsubscribe_url": absolute_url(reverse("notifications:unsubscribe", args=[unsubscribe_token(user, kind_key)])),
        "preferences_url": absolute_url(reverse("notifications:preferences")),
    }


def _message(user, subject: str, body: str, unsubscribe_url: str, attachments=()) -> EmailMessage:
    headers = {
        # RFC 8058 one-click unsubscribe: the mail client POSTs
        # "List-Unsubscribe=One-Click" to this URL, without cookies or CSRF token.
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    # A title built from user-entered params must not smuggle a header line.
    message = EmailMessage(" ".join(subject.split()), body, None, [user.email], headers=headers)
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message


def _item_context(notification: Notification) -> dict:
    """Title, absolute link and rendered body of one notification, in the active language."""
    kind = get_kind(notification.kind)
    url = absolute_url(notification.url)
    body = ""
    if kind.body_template:
        context = {"params": notification.params, "url": url, "recipient": notification.recipient}
        body = render_to_string(kind.body_template, context).strip()
    return {"title": title_of(notification), "url": url, "body": body, "kind_label": str(kind.label)}


def build_email(notification: Notification) -> EmailMessage:
    """The e-mail of one notification, in its recipient's preferred language."""
    user = notification.recipient
    with translation.override(language_of(user)):
        item = _item_context(notification)
        context = {**item, "recipient": user, **_links(user, notification.kind)}
        body = render_to_string("notifications/email/notification.txt", context)
        return _message(user, item["title"], body, context["unsubscribe_url"], notification.attachments)


def build_digest(user, notifications: list[Notification]) -> EmailMessage:
    """The daily digest of `notifications`, in the person's preferred language."""
    with translation.override(language_of(user)):
        items = []
        for notification in notifications:
            item = _item_context(notification)
            item.update(_links(user, notification.kind))
            items.append(item)
        links = _links(user, DIGEST_TOKEN_KIND)
        count = len(items)
        subject = ngettext("Kohtaamo: %(count)d new notification", "Kohtaamo: %(count)d new notifications", count) % {
            "count": count
        }
        body = render_to_string(
            "notifications/email/digest.txt", {"items": items, "recipient": user, "count": count, **links}
        )
        attachments = [item for notification in notifications for item in notification.attachments]
        return _message(user, subject, body, links["unsubscribe_url"], attachments)


def _still_wanted(rows: list[Notification]) -> tuple[list[Notification], list[int]]:
    """Split claimed rows into those whose kind the person still wants by e-mail
    and those to drop from e-mail (in-app only now, kind gone, no address)."""
    if not rows:
        return [], []
    user = rows[0].recipient
    chosen = preferences_for(user)
    keep, drop = [], []
    for row in rows:
        wanted = is_registered(row.kind) and chosen.get(row.kind) != Delivery.INAPP and bool(user.email)
        (keep if wanted else drop).append(row if wanted else row.pk)
    return keep, drop


def _drop(pks: list[int]) -> None:
    if pks:
        Notification.objects.filter(pk__in=pks).update(delivery=Delivery.INAPP, email_claim=None, email_claimed_at=None)


def deliver_notification_email(notification_pk: int, holder: uuid.UUID | None = None) -> Outcome:
    """Send one immediate e-mail at most once (see the module docstring)."""
    queryset = Notification.objects.filter(pk=notification_pk, delivery=Delivery.EMAIL)
    claim, rows = _claim(queryset, holder)
    keep, drop = _still_wanted(rows)
    _drop(drop)
    if not keep:
        if not rows and queryset.filter(email_sent_at__isnull=True, email_claim__isnull=False).exists():
            return Outcome.BUSY
        return Outcome.NOTHING
    sent = send_safely(build_email(keep[0]))
    _finish(claim, sent, [keep[0].pk])
    return Outcome.SENT if sent else Outcome.FAILED


def send_notification_email(notification_pk: int, holder: uuid.UUID | None = None) -> bool:
    """Send one immediate e-mail at most once; True when it went out now."""
    return deliver_notification_email(notification_pk, holder) is Outcome.SENT


def retry_unsent_emails(now=None) -> int:
    """Send immediate e-mails that failed (or were never handed over) more than
    RETRY_AFTER ago; returns how many went out."""
    now = now or timezone.now()
    unsent = Notification.objects.filter(
        delivery=Delivery.EMAIL, created_at__lt=now - RETRY_AFTER, email_sent_at__isnull=True
    )
    dead = _dead_task_claims(unsent.values_list("email_claim", flat=True).distinct())
    pks = _claimable(unsent, now, dead=dead).values_list("pk", flat=True)
    return sum(1 for pk in list(pks) if send_notification_email(pk))


def send_digest(user) -> bool:
    """Send the person's pending digest notifications in one e-mail; True when it went out."""
    claim, rows = _claim(Notification.objects.filter(recipient=user, delivery=Delivery.DIGEST))
    keep, drop = _still_wanted(rows)
    _drop(drop)
    if not keep:
        return False
    sent = send_safely(build_digest(user, keep))
    _finish(claim, sent, [row.pk for row in keep])
    return sent


def send_all_digests() -> int:
    """One digest to everyone with pending digest notifications; returns how many went out."""
    from django.contrib.auth import get_user_model

    user_pks = (
        Notification.objects.filter(delivery=Delivery.DIGEST, email_sent_at__isnull=True)
        .values_list("recipient_id", flat=True)
        .distinct()
    )
    users = get_user_model().objects.filter(pk__in=list(user_pks), is_active=True)
    return sum(1 for user in users if send_digest(user))
