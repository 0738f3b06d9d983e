"""Progress rows. Plain relational data, never walked out of StreamField.

Courses and steps are identified by their Wagtail `translation_key`, which
every translation of a page shares: finishing a lesson in Finnish counts for
its English version, and progress survives a trainer re-publishing a page.
Each row is unique on its key, so repeated or concurrent requests create it
once; nothing here is ever deleted by editing a course, so progress never
goes backwards.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course_key = models.UUIDField(_("course"), db_index=True)
    enrolled_at = models.DateTimeField(default=timezone.now)
    # "Continue where you left off": the step last opened, and when.
    last_step_key = models.UUIDField(null=True, blank=True)
    last_visited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="unique_enrolment")]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self) -> str:
        return f"{self.user} – {self.course_key}"


class StepCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="step_completions")
    step_key = models.UUIDField(_("step"))
    course_key = models.UUIDField(_("course"))
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "step_key"], name="unique_step_completion")]
        indexes = [models.Index(fields=["user", "course_key"], name="stepcompletion_user_course")]
        verbose_name = _("step completion")
        verbose_name_plural = _("step completions")

    def __str__(self) -> str:
        return f"{self.user} – {self.step_key}"


class CourseCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions")
    course_key = models.UUIDField(_("course"), db_index=True)
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="unique_course_completion")]
        verbose_name = _("course completion")
        verbose_name_plural = _("course completions")

    def __str__(self) -> str:
        return f"{self.user} – {self.course_key} ({self.completed_at:%Y-%m-%d})"


class Reflection(models.Model):
    """A learner's private answer to a reflection prompt in a lesson.

    Stored only after the one sanitiser; visible to nobody but its author.
    """

    MAX_LENGTH = 10_000

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections")
    step_key = models.UUIDField()
    block_id = models.CharField(max_length=64)
    text = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "step_key", "block_id"], name="unique_reflection_answer")
        ]
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")

    def __str__(self) -> str:
        return f"{self.user} – {self.step_key}/{self.block_id}"
