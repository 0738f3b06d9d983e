"""Wagtail admin for course authors.

Rich text is limited per field (courses.blocks.LESSON_TEXT_FEATURES), page
types are limited by parent/subpage rules and what Trainers may touch by
their permissions (courses.authoring). This adds one thing: a dashboard panel
that takes course authors straight to the course catalogue in each language.
"""

from django.template import engines
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from courses.models import CourseIndexPage

PANEL_TEMPLATE = """{% load wagtailadmin_tags %}
{% panel id="course-catalogues" heading=heading classname="w-panel--dashboard" %}
    <p>{{ intro }}</p>
    <ul>
        {% for catalogue in catalogues %}
            <li>
                <a href="{% url 'wagtailadmin_explore' catalogue.pk %}">{{ catalogue.title }}</a>
                ({{ catalogue.locale.get_display_name }})
            </li>
        {% endfor %}
    </ul>
{% endpanel %}
"""


class CourseCataloguesPanel(Component):
    """Links to every course catalogue the user may add courses to."""

    name = "course_catalogues"
    order = 50

    def __init__(self, catalogues):
        self.catalogues = catalogues

    def render_html(self, parent_context=None):
        template = engines["django"].from_string(PANEL_TEMPLATE)
        context = {
            "heading": _("Courses"),
            "intro": _(
                "Add and edit courses, modules and lessons here. "
                "When a page is ready, submit it for review: a reviewer publishes it."
            ),
            "catalogues": self.catalogues,
        }
        return template.render(context, request=parent_context["request"])


def catalogues_for(user) -> list[CourseIndexPage]:
    """The course catalogues (every language) where `user` may add pages."""
    pages = CourseIndexPage.objects.select_related("locale").order_by("path")
    return [page for page in pages if page.permissions_for_user(user).can_add_subpage()]


@hooks.register("construct_homepage_panels")
def add_course_catalogues_panel(request, panels):
    catalogues = catalogues_for(request.user)
    if catalogues:
        panels.append(CourseCataloguesPanel(catalogues))
