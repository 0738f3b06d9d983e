"""Badge classes: what a badge is for (a course, the readiness framework, or
something a trainer awards by hand)."""

import uuid

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class BadgeKind(models.TextChoices):
    COURSE = "course", _("Course completion")
    READINESS = "readiness", _("Readiness to welcome")
    MANUAL = "manual", _("Awarded by a trainer")


class BadgeClass(models.Model):
    # Random, not sequential: the id is part of public URLs.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=BadgeKind.choices)
    # A course badge is keyed by the course's translation_key (shared by every
    # translation); a readiness badge by the framework it certifies.
    course_key = models.UUIDField(_("course"), null=True, blank=True)
    framework_id = models.PositiveIntegerField(_("readiness framework"), null=True, blank=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), max_length=2000)
    criteria_narrative = models.TextField(
        _("criteria"), max_length=4000, help_text=_("What a recipient did to earn the badge (Markdown).")
    )
    colour = models.CharField(_("colour"), max_length=7, default="#1f6f8b")
    icon = models.CharField(_("icon"), max_length=20, blank=True)
    # The badge image: generated (PNG) or uploaded (PNG, or SVG after sanitising).
    image = models.FileField(_("image"), upload_to="badges/classes/", blank=True)
    # [{"targetName", "targetUrl", "targetDescription"?, "targetFramework"?}]
    alignment = models.JSONField(_("alignment"), default=list, blank=True)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course_key"], condition=Q(kind="course"), name="one_badge_per_course"),
            models.UniqueConstraint(
                fields=["framework_id"], condition=Q(kind="readiness"), name="one_badge_per_framework"
            ),
            models.CheckConstraint(
                condition=~Q(kind="course") | Q(course_key__isnull=False), name="course_badge_has_course"
            ),
        ]
        ordering = ["name"]
        verbose_name = _("badge class")
        verbose_name_plural = _("badge classes")

    def __str__(self) -> str:
        return self.name

    @property
    def image_is_svg(self) -> bool:
        return bool(self.image) and self.image.name.lower().endswith(".svg")
