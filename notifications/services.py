"""Notifying people, and reading and changing their notifications.

Guarantees:
- `notify` writes the in-app row inside the caller's transaction (it exists
  exactly when the caller's work commits) and enqueues the e-mail only after
  commit; it never raises for a mail or task-backend failure, nor for a
  recipient without an e-mail address; it raises LookupError for an
  unregistered kind.
- A second `notify` with the same (recipient, kind, dedupe_key) creates
  nothing and returns the existing row (also under concurrency: a unique
  constraint decides).
- The link is computed, and the e-mail rendered, in the recipient's
  preferred language, not the language of the request that caused it.
- Every read and change is limited to the person's own notifications.
- `unread_count` is exact at once after every change of the person's
  notifications (a cached count, renewed by each write: notifications/unread.py).
"""

import logging

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from notifications import unread
from notifications.models import Delivery, Notification, NotificationPreference
from notifications.registry import get_kind, is_registered, registered_kinds

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
# The kind a token carries to stop the daily digest as a whole.
DIGEST_TOKEN_KIND = "*digest"  # noqa: S105  (not a secret)


def language_of(user) -> str:
    """The recipient's preferred language when it is one of the site's, else the default."""
    codes = {code for code, _name in settings.SITE_LANGUAGES}
    language = getattr(user, "preferred_language", "") or ""
    return language if language in codes else settings.LANGUAGE_CODE


def absolute_url(url: str) -> str:
    """An absolute link for an e-mail, built from SITE_URL only."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL.rstrip("/") + url


def preferences_for(user) -> dict[str, str]:
    """{kind key: delivery} for every registered kind (the kind's default when
    the person chose nothing), in one query."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind.key: chosen.get(kind.key, kind.default) for kind in registered_kinds()}


def preference_for(user, kind_key: str) -> str:
    chosen = NotificationPreference.objects.filter(user=user, kind=kind_key).values_list("delivery", flat=True).first()
    return chosen or get_kind(kind_key).default


def set_preference(user, kind_key: str, delivery: str) -> None:
    """Store one choice. Unsent notifications of the kind follow it: choosing
    in-app only stops their pending e-mails too."""
    get_kind(kind_key)
    if delivery not in Delivery.values:
        raise ValueError(f"Unknown delivery {delivery!r}")
    NotificationPreference.objects.update_or_create(user=user, kind=kind_key, defaults={"delivery": delivery})
    if delivery == Delivery.INAPP:
        Notification.objects.filter(recipient=user, kind=kind_key, email_sent_at__isnull=True).update(
            delivery=Delivery.INAPP
        )


def notify(recipient, kind, *, params=None, url="", dedupe_key=None, attachments=None) -> Notification | None:
    """Tell `recipient` about an event of `kind` (see the module docstring).

    `url` is a path or a zero-argument callable, called with the recipient's
    language active. `params` must be JSON-serialisable; `attachments` are
    (filename, text content, mimetype) tuples, e-mail only. Returns the
    Notification (the existing one for a repeated dedupe_key), or None when
    the recipient cannot be notified (no saved or no active account)."""
    kind_obj = get_kind(kind)
    if recipient is None or not getattr(recipient, "pk", None) or not recipient.is_active:
        return None
    if dedupe_key is not None:
        existing = Notification.objects.filter(recipient=recipient, kind=kind, dedupe_key=dedupe_key).first()
        if existing is not None:
            return existing
    with translation.override(language_of(recipient)):
        path = str(url() if callable(url) else (url or ""))
    delivery = preference_for(recipient, kind_obj.key)
    if not recipient.email:
        delivery = Delivery.INAPP
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient,
                kind=kind,
                params=params or {},
                url=path,
                dedupe_key=dedupe_key,
                delivery=delivery,
                attachments=[list(item) for item in attachments or []] if delivery != Delivery.INAPP else [],
            )
    except IntegrityError:
        if dedupe_key is None:
            raise
        return Notification.objects.filter(recipient=recipient, kind=kind, dedupe_key=dedupe_key).first()
    if delivery == Delivery.EMAIL:
        transaction.on_commit(lambda: enqueue_email(notification.pk))
    return notification


def enqueue_email(notification_pk: int) -> None:
    """Hand the e-mail to the task framework; a failing backend loses nothing
    (send_notification_digests retries unsent immediate e-mails)."""
    from notifications.tasks import send_notification_email

    try:
        send_notification_email.enqueue(notification_pk)
    except Exception:  # the caller's work is done; the retry picks the mail up
        logger.warning("Notification e-mail %s not enqueued; the digest run retries it", notification_pk, exc_info=True)


def title_of(notification: Notification) -> str:
    """The notification's title in the active language (the kind's label for a
    kind no longer registered)."""
    if not is_registered(notification.kind):
        return notification.kind
    return get_kind(notification.kind).render_title(notification.params)


def unread_count(user) -> int:
    """How many of the person's notifications are unread (0 for anonymous): from
    the cache while none of theirs changed, else one COUNT query
    (notifications/unread.py)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return unread.count(user.pk, lambda: Notification.objects.visible_to(user).unread().count())


def mark_read(notification: Notification) -> None:
    """Mark one notification read (the caller got it through visible_to)."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=notification.read_at)
        unread.changed(notification.recipient_id)


def mark_all_read(user) -> int:
    """Mark all of the person's unread notifications read; returns how many."""
    marked = Notification.objects.visible_to(user).unread().update(read_at=timezone.now())
    if marked:
        unread.changed(user.pk)
    return marked


def unsubscribe_token(user, kind_key: str) -> str:
    """A signed, non-expiring token that stops e-mails of one kind for one person."""
    return signing.dumps({"u": user.pk, "k": kind_key}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str):
    """(user, kind key) for a valid token, else None (tampered, or the kind or account is gone)."""
    from django.contrib.auth import get_user_model

    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        user_pk, kind_key = data["u"], data["k"]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    if kind_key != DIGEST_TOKEN_KIND and not is_registered(kind_key):
        return None
    user = get_user_model().objects.filter(pk=user_pk, is_active=True).first()
    return (user, kind_key) if user is not None else None


def unsubscribe(user, kind_key: str) -> list[str]:
    """Stop e-mails of one kind (in-app only from now on), or for the digest
    token every kind that goes to the digest. Returns the kinds changed."""
    if kind_key == DIGEST_TOKEN_KIND:
        kinds = [key for key, delivery in preferences_for(user).items() if delivery == Delivery.DIGEST]
    else:
        kinds = [kind_key]
    for key in kinds:
        set_preference(user, key, Delivery.INAPP)
    return kinds


def purge_older_than(cutoff) -> int:
    """Delete every notification created before `cutoff`; returns how many."""
    deleted, _by_model = Notification.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def twelve_months_ago(now=None):
    """The retention cutoff: the same moment one year earlier (28 Feb for 29 Feb)."""
    now = now or timezone.now()
    try:
        return now.replace(year=now.year - 1)
    except ValueError:
        return now.replace(year=now.year - 1, day=28)
