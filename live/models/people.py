"""What people do with a session: register (or wait), get reminded, attend,
and subscribe to their own calendar feed.

Every row is unique on its natural key, so repeated or concurrent requests
create it once (see live/services.py for the guarantees).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """One person's place (or place in the queue) in one session.

    Cancelling keeps the row (status `cancelled`) so that registering again
    reuses it and the history stays countable.
    """

    session = models.ForeignKey("live.LiveSessionPage", on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="live_registrations")
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices)
    # When the person (re)joined the list: the waiting list is served in this order.
    queued_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="unique_live_registration")]
        indexes = [models.Index(fields=["session", "status", "queued_at"], name="live_registration_queue")]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self) -> str:
        return f"{self.user} – {self.session_id} ({self.status})"

    @property
    def is_registered(self) -> bool:
        return self.status == RegistrationStatus.REGISTERED

    @property
    def is_waitlisted(self) -> bool:
        return self.status == RegistrationStatus.WAITLISTED


class ReminderKind(models.TextChoices):
    DAY_BEFORE = "24h", _("24 hours before")
    HOUR_BEFORE = "1h", _("1 hour before")


class Reminder(models.Model):
    """The marker that one reminder of one kind was sent for one registration
    and one start time (a rescheduled session reminds again).

    Created before the e-mail is queued; the unique key makes the reminder
    run idempotent even when two runs overlap.
    """

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=4, choices=ReminderKind.choices)
    for_starts_at = models.DateTimeField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "kind", "for_starts_at"], name="unique_live_reminder")
        ]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")

    def __str__(self) -> str:
        return f"{self.registration_id} {self.kind}"


class AttendanceMethod(models.TextChoices):
    TRAINER = "trainer", _("Marked by a trainer")
    CODE = "code", _("Checked in with the session code")


class Attendance(models.Model):
    """A person attended a session. Unique per (user, session)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="live_attendances")
    # PROTECT: deleting a session page must never silently erase who attended
    # (it counts toward courses, readiness and reports). The admin refuses such
    # a deletion with a message first (live/wagtail_hooks.py); this is the backstop.
    session = models.ForeignKey("live.LiveSessionPage", on_delete=models.PROTECT, related_name="attendances")
    attended_at = models.DateTimeField(default=timezone.now)
    method = models.CharField(max_length=10, choices=AttendanceMethod.choices, default=AttendanceMethod.TRAINER)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "session"], name="unique_live_attendance")]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")

    def __str__(self) -> str:
        return f"{self.user} @ {self.session_id}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A person's secret calendar feed URL. Revoking sets `revoked_at`; the
    old URL then answers 404 and a new token is issued on request."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="live_calendar_feeds")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return f"{self.user} feed"


# Check-in codes avoid look-alike characters (0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def new_check_in_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class CheckInCode(models.Model):
    """The short code participants type to check themselves in.

    Kept outside the page so that publishing a page revision never brings an
    old code back; a trainer replaces it from the participant list.
    """

    session = models.OneToOneField("live.LiveSessionPage", on_delete=models.CASCADE, related_name="check_in")
    code = models.CharField(_("check-in code"), max_length=12, default=new_check_in_code)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("check-in code")
        verbose_name_plural = _("check-in codes")

    def __str__(self) -> str:
        return f"{self.session_id}: {self.code}"


class SessionCancellation(models.Model):
    """A session called off by a trainer or staff: the page stays (with
    "Cancelled" and the reason), registration closes, the join link and
    reminders stop, and calendars get STATUS:CANCELLED.

    Kept outside the page, like the check-in code, so that publishing an
    older page revision (or a draft started before) never silently brings a
    cancelled session back. One row per session: cancelling twice is a no-op.
    """

    session = models.OneToOneField("live.LiveSessionPage", on_delete=models.CASCADE, related_name="cancellation")
    reason = models.TextField(_("reason"), max_length=1000)
    cancelled_at = models.DateTimeField(default=timezone.now)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("session cancellation")
        verbose_name_plural = _("session cancellations")

    def __str__(self) -> str:
        return f"{self.session_id} cancelled"


class Confirmation(models.Model):
    """The marker that the confirmation e-mail of one registration (as
    registered or as waitlisted) was sent: the e-mail task creates it first,
    so a retried or doubled task sends once. Re-registering after a
    cancellation confirms again (the marker is cleared on cancel)."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="confirmations")
    status = models.CharField(max_length=12, choices=RegistrationStatus.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["registration", "status"], name="unique_live_confirmation")]
        verbose_name = _("confirmation")
        verbose_name_plural = _("confirmations")

    def __str__(self) -> str:
        return f"{self.registration_id} {self.status}"
