"""The site's home page and its plain content pages (about, privacy notice,
accessibility statement).

Rich text comes from Wagtail's editor, which stores only the features listed
here (Wagtail converts editor content through its own allowlist).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from courses.models.pages import KnownRestrictions
from home import serving

CONTENT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HomePage(KnownRestrictions, Page):
    """The root of each language's site: who Kohtaamo is for and where to start.

    Routed from the course page cache's route entries (courses/middleware.py),
    which also say when it has no view restriction (KnownRestrictions)."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = RichTextField(_("body"), features=CONTENT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.ContentPage", "courses.CourseIndexPage", "live.LiveSessionIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not getattr(request, "is_preview", False):
            context["home_content"] = serving.shared_content(self, request, context)
        return context

    def serve(self, request, *args, **kwargs):
        """Anonymous visitors share one copy of the page (home/serving.py)."""
        page_serve = super().serve
        return serving.serve_anonymous_shared(self, request, lambda: page_serve(request, *args, **kwargs))


class ContentPage(Page):
    """A plain page of text: about, privacy notice, accessibility statement."""

    lead = models.TextField(_("lead paragraph"), max_length=600, blank=True)
    body = RichTextField(_("body"), features=CONTENT_FEATURES, blank=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("Shown on the page; privacy and accessibility statements must say when they were checked."),
    )

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
