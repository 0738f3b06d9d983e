"""Readiness frameworks in the Wagtail admin: a snippet whose criteria are
inline rows. Coordinators edit them through the "Readiness coordinators"
group (readiness/permissions.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from readiness.models import Framework


class FrameworkViewSet(SnippetViewSet):
    model = Framework
    icon = "tasks"
    menu_label = _("Readiness frameworks")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "combine", "validity_years", "is_default"]


register_snippet(FrameworkViewSet)
