"""Attempts: one learner's go at one quiz.

An attempt keeps a snapshot of exactly the questions and options it showed
(drawn subset, shuffled order, texts, scores and feedback), so editing or
translating the quiz never changes an attempt. Attempts belong to the quiz's
translation key, like course progress: one quiz in every language.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class AttemptState(models.TextChoices):
    OPEN = "open", _("In progress")
    AWAITING_MARKING = "awaiting_marking", _("Awaiting marking")
    GRADED = "graded", _("Graded")


class Attempt(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz_key = models.UUIDField(_("quiz"), db_index=True, help_text="Translation key of the QuizPage.")
    page = models.ForeignKey(
        "quizzes.QuizPage", null=True, on_delete=models.SET_NULL, related_name="+", help_text="Started on this page."
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    state = models.CharField(_("state"), max_length=20, choices=AttemptState.choices, default=AttemptState.OPEN)
    snapshot = models.JSONField(default=dict)
    answers = models.JSONField(default=dict)
    # Highest autosave sequence number stored; an older one is stale and refused.
    sequence = models.PositiveIntegerField(default=0)
    # Questions whose feedback was shown during the attempt (their answers are locked).
    checked = models.JSONField(default=list)
    # Per question: {"earned": float | None, "possible": float, "fraction": float | None}
    results = models.JSONField(default=dict)
    marks = models.JSONField(default=dict, help_text="Trainer marking per reflection: {question id: {points, comment}}")
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    saved_at = models.DateTimeField(_("last saved"), null=True)
    deadline = models.DateTimeField(_("deadline"), null=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True)
    graded_at = models.DateTimeField(_("graded"), null=True)
    late = models.BooleanField(
        default=False, help_text="Closed by the deadline: graded with the answers saved in time."
    )

    class Meta:
        verbose_name = _("quiz attempt")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key"], condition=Q(state="open"), name="quizzes_one_open_attempt"
            ),
            models.UniqueConstraint(fields=["user", "quiz_key", "number"], name="quizzes_unique_attempt_number"),
        ]
        indexes = [models.Index(fields=["quiz_key", "state"])]

    def __str__(self):
        return f"{self.user} #{self.number} ({self.state})"

    @property
    def is_open(self) -> bool:
        return self.state == AttemptState.OPEN

    @property
    def is_finished(self) -> bool:
        return self.state != AttemptState.OPEN
