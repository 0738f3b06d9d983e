"""The course tree: CourseIndexPage → CoursePage → ModulePage → steps.

A step is a page a learner completes. `StepPage` is the shared base:
`LessonPage` here, quiz and live-session pages in their own apps. A module
accepts every concrete StepPage subclass, so those apps plug in without
`courses` importing them.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import BaseStreamBlock
from training.fields import MultipleChoiceJSONField


class Topic(models.TextChoices):
    INTERCULTURAL = "intercultural", _("Intercultural encounters")
    DIGITAL = "digital", _("Digital tools")
    WELCOMING = "welcoming", _("Welcoming newcomers")


class IntendedRole(models.TextChoices):
    MEMBER = "member", _("Members")
    COACH = "coach", _("Coaches and instructors")
    BOARD = "board_member", _("Board members")
    CONTACT = "contact", _("Association contacts")


# Council of Europe, Reference Framework of Competences for Democratic Culture.
RFCDC_COMPETENCES = [
    ("valuing_dignity", _("Valuing human dignity and human rights")),
    ("valuing_diversity", _("Valuing cultural diversity")),
    ("valuing_democracy", _("Valuing democracy, justice, fairness, equality and the rule of law")),
    ("openness", _("Openness to cultural otherness")),
    ("respect", _("Respect")),
    ("civic_mindedness", _("Civic-mindedness")),
    ("responsibility", _("Responsibility")),
    ("self_efficacy", _("Self-efficacy")),
    ("tolerance_of_ambiguity", _("Tolerance of ambiguity")),
    ("autonomous_learning", _("Autonomous learning skills")),
    ("analytical_thinking", _("Analytical and critical thinking skills")),
    ("listening_observing", _("Skills of listening and observing")),
    ("empathy", _("Empathy")),
    ("flexibility", _("Flexibility and adaptability")),
    ("linguistic_skills", _("Linguistic, communicative and plurilingual skills")),
    ("cooperation", _("Co-operation skills")),
    ("conflict_resolution", _("Conflict-resolution skills")),
    ("knowledge_of_self", _("Knowledge and critical understanding of the self")),
    ("knowledge_of_language", _("Knowledge and critical understanding of language and communication")),
    ("knowledge_of_world", _("Knowledge and critical understanding of the world")),
]


class LearningOutcomeBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("After the course the learner can…"), max_length=300)
    competences = blocks.MultipleChoiceBlock(
        label=_("RFCDC competences (optional)"), choices=RFCDC_COMPETENCES, required=False
    )

    class Meta:
        icon = "tick"
        template = "courses/blocks/learning_outcome.html"
        preview_value = {"text": "tunnistaa omia ennakko-oletuksiaan", "competences": ["knowledge_of_self"]}


class PreviewedAsServed:
    """Previews go through `serve`, the view a learner gets.

    Wagtail 8 renders a preview from `get_context` alone, but these pages build
    their context (outline, breadcrumb, body, pager, progress) in their view.
    The views see `request.is_preview` and then record nothing (no enrolment,
    visit or completion) and cache nothing.
    """

    def serve_preview(self, request, mode_name):
        return self.serve(request)


class KnownRestrictions:
    """Skips Wagtail's view-restriction query when the route cache has just
    said this page has none (courses.caching.use_route sets the flag on the
    page object it hands to Wagtail, under a content version that every
    view-restriction change renews)."""

    def get_view_restrictions(self):
        if getattr(self, "courses_known_unrestricted", False):
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class CourseIndexPage(KnownRestrictions, PreviewedAsServed, Page):
    """The course catalogue."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_template(self, request, *args, **kwargs):
        return "courses/course_index_page.html"

    def serve(self, request, *args, **kwargs):
        from courses.views.catalogue import catalogue

        return catalogue(request, self)


class CoursePage(KnownRestrictions, PreviewedAsServed, Page):
    summary = models.TextField(_("summary"), max_length=600)
    description = RichTextField(
        _("description"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"], blank=True
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    intended_roles = MultipleChoiceJSONField(_("intended for"), choices_list=IntendedRole.choices, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=60)
    learning_outcomes = StreamField(
        [("outcome", LearningOutcomeBlock())], verbose_name=_("learning outcomes"), blank=True
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("cover image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Required when there is a cover image: describe what it shows."),
    )
    prerequisites = ParentalManyToManyField(
        "self", symmetrical=False, blank=True, related_name="+", verbose_name=_("prerequisite courses")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("topic"),
                FieldPanel("intended_roles"),
                FieldPanel("estimated_minutes"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Course facts"),
        ),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Cover image")),
        FieldPanel("learning_outcomes"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("topic"),
        index.FilterField("estimated_minutes"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_image_alt.strip():
            raise ValidationError({"cover_image_alt": _("Describe the cover image for people who cannot see it.")})

    def serve(self, request, *args, **kwargs):
        from courses.views.course import course_page

        return course_page(request, self)

    def missing_translation_notice(self, language_name: str) -> str:
        """The line shown when the course is viewed in an interface language it has no translation in."""
        return gettext("This course is not yet available in %(language)s.") % {"language": language_name}


class ModulePage(Page):
    summary = models.TextField(_("summary"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("module")

    @classmethod
    def clean_subpage_models(cls):
        """Every concrete step type (lessons here, quizzes and live sessions in their apps)."""
        return [model for model in super().clean_subpage_models() if issubclass(model, StepPage) and model.is_creatable]

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        # A module has no page of its own: its outline is on the course page.
        return redirect(self.get_parent().url + "#module-" + str(self.pk))


class StepPage(KnownRestrictions, PreviewedAsServed, Page):
    """Base of every page a learner completes. Not created directly."""

    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Learners must complete this step to complete the course."),
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=10)

    settings_panels = [*Page.settings_panels, FieldPanel("required"), FieldPanel("estimated_minutes")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    is_creatable = False

    class Meta:
        verbose_name = _("course step")

    def serve(self, request, *args, **kwargs):
        from courses.views.step import step_page

        return step_page(request, self)

    def missing_translation_notice(self, language_name: str) -> str:
        """A step of a course speaks of the course; a step outside one (a stand-alone live session) of the page."""
        from courses.services import course_of

        if course_of(self) is not None:
            return gettext("This course is not yet available in %(language)s.") % {"language": language_name}
        return gettext("This page is not yet available in %(language)s.") % {"language": language_name}


class LessonPage(StepPage):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    is_creatable = True

    class Meta:
        verbose_name = _("lesson")
