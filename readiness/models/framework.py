"""The readiness framework: typed criteria with thresholds, combined with ALL
or ANY, and a validity period. Coordinators edit it in the Wagtail admin
(readiness/wagtail_hooks.py); criteria are inline rows of the framework."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from associations.models import Role

DEFAULT_VALIDITY_YEARS = 3


def default_reminder_days() -> list[int]:
    return [90, 30]


class Combine(models.TextChoices):
    ALL = "all", _("All criteria must be met")
    ANY = "any", _("Any one criterion is enough")


class CriterionKind(models.TextChoices):
    COURSE_COMPLETED = "course_completed", _("Members completed a course")
    CONTACTS_NAMED = "contacts_named", _("Welcome contact and harassment contact named")
    PLAN_APPROVED = "plan_approved", _("Equality or inclusion plan uploaded and board-approved")
    SELF_ASSESSMENT = "self_assessment", _("Team self-assessment done")
    LIVE_ATTENDED = "live_attended", _("Members attended a live session")
    MEASURES_DESCRIBED = "measures_described", _("Low-threshold measures described")


class Framework(ClusterableModel):
    """One set of criteria. The framework marked as default is the one every
    association is evaluated against."""

    name = models.CharField(_("name"), max_length=200)
    combine = models.CharField(_("combine criteria"), max_length=3, choices=Combine.choices, default=Combine.ALL)
    validity_years = models.PositiveSmallIntegerField(
        _("validity (years)"), default=DEFAULT_VALIDITY_YEARS, help_text=_("How long an approval stays valid.")
    )
    reminder_days = models.JSONField(
        _("reminders (days before lapse)"),
        default=default_reminder_days,
        blank=True,
        help_text=_("E-mail reminders to the association contact, e.g. [90, 30]."),
    )
    is_default = models.BooleanField(
        _("default framework"), default=False, help_text=_("Associations are evaluated against the default framework.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("combine"), FieldPanel("validity_years")]),
        FieldPanel("reminder_days"),
        FieldPanel("is_default"),
        InlinePanel("criteria", heading=_("Criteria"), label=_("Criterion"), min_num=1),
    ]

    class Meta:
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(fields=["is_default"], condition=models.Q(is_default=True), name="one_default")
        ]
        verbose_name = _("readiness framework")
        verbose_name_plural = _("readiness frameworks")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        # Marking a framework default takes the flag from the previous one.
        if self.is_default:
            Framework.objects.filter(is_default=True).exclude(pk=self.pk).update(is_default=False)
        super().save(*args, **kwargs)

    @property
    def reminder_days_sorted(self) -> list[int]:
        return sorted({int(d) for d in self.reminder_days or [] if str(d).isdigit() and int(d) > 0}, reverse=True)


class Criterion(Orderable):
    framework = ParentalKey(Framework, on_delete=models.CASCADE, related_name="criteria")
    kind = models.CharField(_("type"), max_length=30, choices=CriterionKind.choices)
    threshold = models.PositiveSmallIntegerField(
        _("how many members"),
        default=1,
        help_text=_("Members who completed the course, answered the self-assessment or attended a live session."),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For 'members completed a course': any language version counts."),
    )
    role = models.CharField(_("of whom with the role"), max_length=20, choices=Role.choices, blank=True)
    role_threshold = models.PositiveSmallIntegerField(
        _("how many with that role"), default=0, help_text=_("Optional: at least this many of them with the role.")
    )

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("threshold"), FieldPanel("course")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("role_threshold")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self) -> str:
        return str(self.get_kind_display())

    def clean(self):
        errors = {}
        if self.kind == CriterionKind.COURSE_COMPLETED and not self.course_id:
            errors["course"] = _("Choose the course the members must complete.")
        if self.role_threshold and not self.role:
            errors["role"] = _("Choose the role the members must have.")
        if self.role and not self.role_threshold:
            errors["role_threshold"] = _("Give how many of them must have the role.")
        if self.role and self.role_threshold > max(self.threshold, 1):
            errors["role_threshold"] = _("Cannot be more than the number of members.")
        if errors:
            raise ValidationError(errors)
