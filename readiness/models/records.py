"""An association's readiness evidence, self-assessment answers, approvals and
the append-only history.

Statuses `not_started` and `in_progress` are not stored: they follow from the
evidence (readiness/evaluation.py). What is stored is what people decided:
a submission for review, an approval with its validity, a return. Approvals
and events are never updated or deleted, so the history stays complete.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from associations.models import Association
from readiness.storage import private_storage


class Status(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    READY_FOR_REVIEW = "ready_for_review", _("Ready for review")
    APPROVED = "approved", _("Approved")
    LAPSED = "lapsed", _("Lapsed")


def plan_upload_to(instance, filename: str) -> str:
    # A random name: the original is kept in `plan_filename`; nothing guessable on disk.
    extension = filename.rsplit(".", 1)[-1].lower()[:5]
    return f"readiness/plans/{uuid.uuid4().hex}.{extension}"


class AssociationReadiness(models.Model):
    """The evidence an association's contact gives, and whether it waits for review."""

    association = models.OneToOneField(Association, on_delete=models.CASCADE, related_name="readiness")
    welcome_contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("welcome and inclusion contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    welcome_contact_phone = models.CharField(_("welcome contact phone"), max_length=40, blank=True)
    harassment_contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("harassment contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    harassment_contact_phone = models.CharField(_("harassment contact phone"), max_length=40, blank=True)
    plan_file = models.FileField(
        _("equality or inclusion plan"), upload_to=plan_upload_to, storage=private_storage, blank=True
    )
    plan_filename = models.CharField(max_length=255, blank=True)
    plan_uploaded_at = models.DateTimeField(null=True, blank=True)
    plan_board_approved_on = models.DateField(_("approved by the board on"), null=True, blank=True)
    plan_review_date = models.DateField(_("next review of the plan"), null=True, blank=True)
    low_threshold_measures = models.TextField(
        _("low-threshold measures"),
        max_length=3000,
        blank=True,
        help_text=_(
            "Loan equipment, fee support, a buddy, a free first visit, languages the activity can be joined in…"
        ),
    )
    public_summary = models.TextField(
        _("what we publish in the directory"),
        max_length=600,
        blank=True,
        help_text=_("A short description shown in the public directory of welcoming associations."),
    )
    submitted_at = models.DateTimeField(_("submitted for review"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("association readiness")
        verbose_name_plural = _("association readiness")

    def __str__(self) -> str:
        return str(self.association)

    @property
    def has_evidence(self) -> bool:
        return bool(
            self.welcome_contact_id
            or self.harassment_contact_id
            or self.plan_file
            or self.low_threshold_measures.strip()
        )


class SelfAssessmentAnswer(models.Model):
    """One team member's rating of one statement, on the four-step scale."""

    class Rating(models.IntegerChoices):
        DOES_NOT_MEET = 1, _("Does not meet")
        ADEQUATE = 2, _("Adequate")
        GOOD = 3, _("Good")
        EXCELLENT = 4, _("Excellent")

    association = models.ForeignKey(Association, on_delete=models.CASCADE, related_name="self_assessment_answers")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    statement = models.CharField(max_length=40)
    rating = models.PositiveSmallIntegerField(
        choices=Rating.choices, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["association", "user", "statement"], name="unique_self_assessment_answer")
        ]
        verbose_name = _("self-assessment answer")
        verbose_name_plural = _("self-assessment answers")

    def __str__(self) -> str:
        return f"{self.association} / {self.user} / {self.statement}"


class AppendOnly(models.Model):
    """Rows that are history: created once, never changed, never deleted."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise ValidationError("History rows are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("History rows are never deleted.")


class Approval(AppendOnly):
    """A coordinator's sign-off: the association is ready until `valid_until`."""

    association = models.ForeignKey(Association, on_delete=models.PROTECT, related_name="readiness_approvals")
    framework = models.ForeignKey("readiness.Framework", on_delete=models.PROTECT, related_name="approvals")
    approved_at = models.DateTimeField(default=timezone.now)
    valid_until = models.DateField(_("valid until"))
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["-approved_at"]
        indexes = [models.Index(fields=["association", "-approved_at"], name="approval_association_latest")]
        verbose_name = _("readiness approval")
        verbose_name_plural = _("readiness approvals")

    def __str__(self) -> str:
        return f"{self.association} – {self.valid_until}"

    @property
    def is_valid(self) -> bool:
        return self.valid_until >= timezone.localdate()


class ReadinessEvent(AppendOnly):
    """The history of an association's readiness, shown to the contact and the coordinator."""

    class Kind(models.TextChoices):
        CONTACTS_NAMED = "contacts_named", _("Contacts named")
        PLAN_UPLOADED = "plan_uploaded", _("Plan uploaded")
        MEASURES_SAVED = "measures_saved", _("Measures described")
        SUBMITTED = "submitted", _("Submitted for review")
        COMMENTED = "commented", _("Comment")
        RETURNED = "returned", _("Returned for changes")
        APPROVED = "approved", _("Approved")
        REMINDER_SENT = "reminder_sent", _("Reminder sent")
        LAPSED = "lapsed", _("Lapsed")

    association = models.ForeignKey(Association, on_delete=models.PROTECT, related_name="readiness_events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("readiness event")
        verbose_name_plural = _("readiness events")

    def __str__(self) -> str:
        return f"{self.association}: {self.kind}"


class Reminder(AppendOnly):
    """One reminder e-mail before an approval lapses; unique per (approval, days) so
    the reminder command can run any number of times and sends each once."""

    approval = models.ForeignKey(Approval, on_delete=models.PROTECT, related_name="reminders")
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["approval", "days_before"], name="unique_readiness_reminder")]
        verbose_name = _("readiness reminder")
        verbose_name_plural = _("readiness reminders")

    def __str__(self) -> str:
        return f"{self.approval} – {self.days_before}"
