"""The session pages.

One page model, two places: a `LiveSessionPage` under a `ModulePage` is a
course step (attending completes it); under a `LiveSessionIndexPage` it is a
standalone training in the event calendar. Trainers author both the same way
in the Wagtail admin, with the page tree telling where the session belongs.

Times are stored in UTC (USE_TZ); the admin enters and the site shows them
in Europe/Helsinki (TIME_ZONE), and a small script adds the viewer's own
browser time zone when it differs (static/js/live-localtime.js).
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from associations.models import ACTIVITY_LANGUAGES
from courses.models import StepPage, Topic
from live.validators import validate_https_url

# The join link appears, and self check-in opens, this long before the start.
JOIN_OPENS_MINUTES = 15
# Self check-in stays open this long after the end (people close the call, then check in).
CHECK_IN_GRACE_MINUTES = 15
# Check-in codes avoid look-alike characters (0/O, 1/I/L).


class Platform(models.TextChoices):
    TEAMS = "teams", _("Microsoft Teams")
    ZOOM = "zoom", _("Zoom")
    JITSI = "jitsi", _("Jitsi Meet")
    OTHER = "other", _("Other")


class MaterialBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        template = "live/blocks/material.html"


class LiveSessionIndexPage(Page):
    """The event calendar of upcoming live trainings (filterable by language and topic)."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["live.LiveSessionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("live training calendar")

    def serve(self, request, *args, **kwargs):
        from live.views.calendar import session_calendar

        return session_calendar(request, self)


class LiveSessionPage(StepPage):
    description = RichTextField(
        _("description"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"], blank=True
    )
    starts_at = models.DateTimeField(_("starts at"), help_text=_("Finnish time (Europe/Helsinki)."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("Finnish time (Europe/Helsinki)."))
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Leave empty to accept registrations until the session starts."),
    )
    platform = models.CharField(_("platform"), max_length=10, choices=Platform.choices, default=Platform.TEAMS)
    join_url = models.URLField(
        _("join link"),
        max_length=500,
        validators=[validate_https_url],
        help_text=_("The https address of the online meeting. Shown only to registered participants."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), default=30, validators=[MinValueValidator(1)], help_text=_("At least 1 participant.")
    )
    language = models.CharField(_("language"), max_length=5, choices=ACTIVITY_LANGUAGES, default="fi")
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices, blank=True)
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="live_sessions_trained",
        verbose_name=_("trainers"),
        limit_choices_to={"groups__name": "Trainers"},
        help_text=_("Trainers see the participant list, mark attendance and export participants."),
    )
    materials = StreamField([("material", MaterialBlock())], verbose_name=_("materials"), blank=True)
    recording_url = models.URLField(
        _("recording link"),
        max_length=500,
        blank=True,
        validators=[validate_https_url],
        help_text=_("Added after the session."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("starts_at"),
                FieldPanel("ends_at"),
                FieldPanel("registration_deadline"),
                FieldPanel("capacity"),
            ],
            heading=_("Time and places"),
        ),
        MultiFieldPanel(
            [FieldPanel("platform"), FieldPanel("join_url"), FieldPanel("recording_url")],
            heading=_("Online meeting"),
        ),
        MultiFieldPanel(
            [FieldPanel("language"), FieldPanel("topic"), FieldPanel("trainers")],
            heading=_("Language, topic and trainers"),
        ),
        FieldPanel("materials"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.FilterField("language"),
        index.FilterField("topic"),
        index.FilterField("starts_at"),
    ]
    parent_page_types = ["courses.ModulePage", "live.LiveSessionIndexPage"]
    subpage_types: list[str] = []
    is_creatable = True

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        indexes = [models.Index(fields=["starts_at"], name="live_session_starts_at")]

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The session must end after it starts.")
        if self.capacity is not None and self.capacity < 1:
            errors["capacity"] = _("The capacity must be at least 1.")
        if self.registration_deadline and self.starts_at and self.registration_deadline > self.starts_at:
            errors["registration_deadline"] = _("The registration deadline must be before the session starts.")
        if errors:
            raise ValidationError(errors)

    # -- time windows (all in UTC; `now` defaults to the current time) ----------

    @property
    def duration_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def effective_deadline(self):
        return self.registration_deadline or self.starts_at

    @property
    def is_cancelled(self) -> bool:
        """Called off (live.models.SessionCancellation); ask the canonical page,
        which holds the row (live.services.canonical_session)."""
        from live.models.people import SessionCancellation

        try:
            return self.cancellation is not None
        except SessionCancellation.DoesNotExist:
            return False

    def registration_open(self, now=None) -> bool:
        return not self.is_cancelled and (now or timezone.now()) < self.effective_deadline

    def join_opens_at(self):
        return self.starts_at - timedelta(minutes=JOIN_OPENS_MINUTES)

    def join_link_open(self, now=None) -> bool:
        now = now or timezone.now()
        return not self.is_cancelled and self.join_opens_at() <= now <= self.ends_at

    def check_in_closes_at(self):
        return self.ends_at + timedelta(minutes=CHECK_IN_GRACE_MINUTES)

    def check_in_open(self, now=None) -> bool:
        now = now or timezone.now()
        return not self.is_cancelled and self.join_opens_at() <= now <= self.check_in_closes_at()

    def is_past(self, now=None) -> bool:
        return self.ends_at < (now or timezone.now())

    def get_context(self, request, *args, **kwargs):
        from live.views.session import session_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_context(request, self))
        return context

    def serve(self, request, *args, **kwargs):
        from live.views.session import session_page

        return session_page(request, self)

    def get_template(self, request, *args, **kwargs):
        return "live/live_session_page.html"
