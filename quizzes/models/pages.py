"""QuizPage: a course step whose questions are graded on the server."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from courses.models import StepPage
from quizzes.blocks import QuestionStreamBlock


class FeedbackTiming(models.TextChoices):
    AFTER_SUBMIT = "after_submit", _("After submitting the attempt")
    AFTER_QUESTION = "after_question", _("After each question (the answer is then locked)")


class CorrectAnswers(models.TextChoices):
    AFTER_SUBMIT = "after_submit", _("After every submitted attempt")
    AFTER_PASS = "after_pass", _("After passing")
    AFTER_LAST = "after_last_attempt", _("After passing or using the last attempt")
    NEVER = "never", _("Never")


class QuizPage(StepPage):
    intro = models.TextField(_("introduction"), max_length=1000, blank=True)
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"), blank=True)

    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"), default=70, validators=[MaxValueValidator(100)])
    max_attempts = models.PositiveSmallIntegerField(_("attempts allowed"), default=0, help_text=_("0 means unlimited."))
    cooldown_minutes = models.PositiveIntegerField(
        _("cool-down between attempts (minutes)"), default=0, help_text=_("Waiting time after a failed attempt.")
    )
    time_limit_minutes = models.PositiveIntegerField(_("time limit (minutes)"), default=0, help_text=_("0 means none."))
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    draw_count = models.PositiveSmallIntegerField(
        _("questions drawn per attempt"),
        default=0,
        help_text=_("Draw this many questions at random from the questions above; 0 shows them all."),
    )
    feedback_timing = models.CharField(
        _("feedback shows"), max_length=20, choices=FeedbackTiming.choices, default=FeedbackTiming.AFTER_SUBMIT
    )
    show_correct_answers = models.CharField(
        _("correct answers show"), max_length=20, choices=CorrectAnswers.choices, default=CorrectAnswers.AFTER_PASS
    )
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)

    content_panels = [*StepPage.content_panels, FieldPanel("intro"), FieldPanel("questions")]
    settings_panels = [
        *StepPage.settings_panels,
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("closes_at"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("draw_count"),
                FieldPanel("feedback_timing"),
                FieldPanel("show_correct_answers"),
            ],
            heading=_("Quiz settings"),
        ),
    ]
    search_fields = [*StepPage.search_fields, index.SearchField("intro")]
    is_creatable = True

    class Meta:
        verbose_name = _("quiz")

    def clean(self):
        super().clean()
        if self.draw_count and self.draw_count > len(self.questions):
            raise ValidationError(
                {
                    "draw_count": ngettext(
                        "There is only %(count)s question to draw from.",
                        "There are only %(count)s questions to draw from.",
                        len(self.questions),
                    )
                    % {"count": len(self.questions)}
                }
            )

    @property
    def time_limit(self) -> timedelta | None:
        return timedelta(minutes=self.time_limit_minutes) if self.time_limit_minutes else None

    @property
    def cooldown(self) -> timedelta:
        return timedelta(minutes=self.cooldown_minutes)

    def get_template(self, request, *args, **kwargs):
        return "quizzes/quiz_page.html"

    def get_context(self, request, *args, **kwargs):
        from quizzes.views.taking import quiz_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_context(request, self))
        return context
