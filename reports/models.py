"""What reports remember: reminders sent to inactive members, and one
derived fact, which enrolments have been started (`CourseStart`).

Everything else a dashboard shows is computed from the progress rows of
`courses`, the memberships of `associations` and the reporting APIs of the
apps below.
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


class CourseStart(models.Model):
    """An enrolment with at least one step completion: the "started" step of
    the regional funnel, kept as a row so that the funnel counts it with a
    join instead of probing the step completions (the largest table by far)
    once per enrolment, which took most of the regional dashboard's time at
    scale (docs/performance.md).

    Derived data, never edited by hand: kept in step with `courses` by
    reports/signal_handlers.py (a step completion or an enrolment created, a
    step completion deleted; an enrolment deleted takes its row with it) and
    rebuilt by `manage.py sync_course_starts` after a bulk load that bypasses
    signals (seed_scale calls it). Depends on nothing but the (person, course)
    pair, so memberships and regions may change freely.
    """

    enrolment = models.OneToOneField(
        "courses.Enrolment", primary_key=True, on_delete=models.CASCADE, related_name="reports_start"
    )

    class Meta:
        verbose_name = _("started enrolment")
        verbose_name_plural = _("started enrolments")

    def __str__(self) -> str:
        return str(self.enrolment)
