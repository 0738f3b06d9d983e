"""Awards: one row per badge earned, rendered as an OB 2.0 assertion and an
OB 3.0 credential. Only a salted hash of the recipient is published."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from badges.models.badge_classes import BadgeClass

# BitstringStatusList: at least 131,072 entries (16 KiB) for group privacy.
STATUS_LIST_SIZE = 131_072


class AwardQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)

    def of_user(self, user):
        return self.filter(recipient_user=user)


class Award(models.Model):
    class Source(models.TextChoices):
        COURSE = "course", _("Course completed")
        READINESS = "readiness", _("Readiness approved")
        MANUAL = "manual", _("Awarded by a trainer")

    class RecipientType(models.TextChoices):
        EMAIL = "email", _("e-mail")
        URL = "url", _("web address")

    # Random UUID: guessed or sequential ids find nothing (404).
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    badge_class = models.ForeignKey(BadgeClass, on_delete=models.PROTECT, related_name="awards")
    source = models.CharField(max_length=20, choices=Source.choices)
    recipient_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="badge_awards"
    )
    recipient_association = models.ForeignKey(
        "associations.Association", null=True, blank=True, on_delete=models.SET_NULL, related_name="badge_awards"
    )
    recipient_type = models.CharField(max_length=10, choices=RecipientType.choices)
    # "sha256$" + hex(sha256(identity + salt)); the plain identity is never stored here.
    recipient_hash = models.CharField(max_length=80)
    salt = models.CharField(max_length=64)
    recipient_name = models.CharField(_("recipient name"), max_length=200, blank=True)
    issued_on = models.DateTimeField(_("issued on"), default=timezone.now)
    # Readiness badges are valid for the approval's period.
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    approval_id = models.PositiveIntegerField(null=True, blank=True)
    evidence_url = models.URLField(_("evidence"), max_length=500, blank=True)
    evidence_narrative = models.TextField(_("evidence narrative"), max_length=4000, blank=True)
    awarded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Position in the OB 3.0 BitstringStatusList, chosen at random (group privacy).
    status_index = models.PositiveIntegerField(unique=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason for revocation"), max_length=500, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AwardQuerySet.as_manager()

    class Meta:
        constraints = [
            # A person holds a badge once.
            models.UniqueConstraint(
                fields=["badge_class", "recipient_user"],
                condition=Q(recipient_user__isnull=False),
                name="one_award_per_user_and_badge",
            ),
            # An association holds a readiness badge once per validity period.
            models.UniqueConstraint(
                fields=["badge_class", "recipient_association", "valid_until"],
                condition=Q(recipient_association__isnull=False),
                name="one_award_per_association_badge_period",
            ),
            # And once per readiness approval (also when it has no end date).
            models.UniqueConstraint(
                fields=["badge_class", "approval_id"],
                condition=Q(approval_id__isnull=False),
                name="one_award_per_approval",
            ),
            models.CheckConstraint(condition=Q(status_index__lt=STATUS_LIST_SIZE), name="status_index_in_list"),
        ]
        indexes = [models.Index(fields=["recipient_association", "revoked_at"], name="award_association_revoked")]
        ordering = ["-issued_on"]
        verbose_name = _("badge award")
        verbose_name_plural = _("badge awards")

    def __str__(self) -> str:
        return f"{self.badge_class} – {self.recipient_name or self.pk}"

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def expired(self) -> bool:
        return self.valid_until is not None and self.valid_until < timezone.localdate()


class AwardEvent(models.Model):
    """The log of what happened to an award (issued, revoked), by whom, why."""

    class Action(models.TextChoices):
        AWARDED = "awarded", _("awarded")
        REVOKED = "revoked", _("revoked")

    award = models.ForeignKey(Award, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20, choices=Action.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    reason = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at"]
        verbose_name = _("award event")
        verbose_name_plural = _("award events")

    def __str__(self) -> str:
        return f"{self.award_id} {self.action} {self.at:%Y-%m-%d}"
