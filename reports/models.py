"""What reports remember: reminders sent to inactive members.

Everything else a dashboard shows is computed from the progress rows of
`courses`, the memberships of `associations` and the reporting APIs of the
apps below; reports keep no copies of it.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Reminder(models.Model):
    """One reminder e-mail to one member, sent by a contact or coordinator.

    Kept (never deleted) so that a person is not reminded twice in a week,
    whoever asks, and so that a sender's rate limit can be counted from the
    database (shared by every app server, unlike a per-process counter).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders_received")
    association = models.ForeignKey("associations.Association", on_delete=models.CASCADE, related_name="reminders")
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="reminders_sent"
    )
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["user", "sent_at"], name="reminder_user_sent")]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")

    def __str__(self) -> str:
        return f"{self.user} ← {self.association} ({self.sent_at:%Y-%m-%d})"
