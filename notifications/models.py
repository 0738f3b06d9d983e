"""A person's notifications and their delivery preference per kind.

A Notification stores the kind and its params, not rendered text: the title
is rendered when shown or mailed, in the language of the moment (the
recipient's). `delivery` is the preference that applied when it was
created; the e-mail fields record whether and when its e-mail went out.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class Delivery(models.TextChoices):
    INAPP = "inapp", _("In the notification centre only")
    EMAIL = "email", _("E-mail immediately")
    DIGEST = "digest", _("Daily digest e-mail")


class NotificationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Only a person's own notifications; nobody else's, staff included."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(recipient=user)

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("recipient")
    )
    kind = models.CharField(_("kind"), max_length=60)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    # A path (with the recipient's language prefix) or an absolute URL on SITE_URL.
    url = models.CharField(_("link"), max_length=500, blank=True)
    dedupe_key = models.CharField(_("deduplication key"), max_length=200, null=True, blank=True)  # noqa: DJ001  NULL = no deduplication (the unique constraint skips it)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices, default=Delivery.INAPP)
    # E-mail only: text attachments as [[filename, content, mimetype], …], kept for retries.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    email_sent_at = models.DateTimeField(_("e-mail sent at"), null=True, blank=True)
    # Claim marker: a sender (task or digest run) sets it before sending and
    # clears it on failure, so two concurrent senders never both send a row.
    email_claimed_at = models.DateTimeField(_("e-mail claimed at"), null=True, blank=True)
    email_claim = models.UUIDField(null=True, blank=True, editable=False)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "dedupe_key"],
                condition=Q(dedupe_key__isnull=False),
                name="notification_unique_dedupe_key",
            )
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["delivery", "email_sent_at"], name="notification_unsent"),
        ]

    def __str__(self):
        return f"{self.kind} → {self.recipient_id}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class NotificationPreference(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preferences",
        verbose_name=_("user"),
    )
    kind = models.CharField(_("kind"), max_length=60)
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_unique")]

    def __str__(self):
        return f"{self.user_id} {self.kind}: {self.delivery}"


# Any created, changed or deleted notification renews its recipient's cached
# unread count (notifications/unread.py); queryset updates call it themselves.
from notifications import unread  # noqa: E402  (needs nothing from this module)

post_save.connect(unread.on_notification_written, sender=Notification, dispatch_uid="notifications_unread_saved")
post_delete.connect(unread.on_notification_written, sender=Notification, dispatch_uid="notifications_unread_deleted")
