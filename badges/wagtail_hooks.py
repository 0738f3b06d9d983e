"""Badge classes are edited in the Wagtail admin (Snippets → Badge classes);
the issuer profile under Settings → Badge issuer."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from badges.forms import BadgeClassAdminForm
from badges.models import BadgeClass


class BadgeClassViewSet(SnippetViewSet):
    model = BadgeClass
    icon = "crosshairs"
    menu_label = _("Badge classes")
    list_display = ["name", "kind", "active"]
    list_filter = ["kind", "active"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("kind"),
            FieldPanel("course_key"),
            FieldPanel("framework_id"),
            FieldPanel("description"),
            FieldPanel("criteria_narrative"),
            MultiFieldPanel([FieldPanel("colour"), FieldPanel("icon"), FieldPanel("image")], heading=_("Image")),
            FieldPanel(
                "alignment",
                help_text=_(
                    "A course badge aligns automatically to the RFCDC competences of the course's learning outcomes. "
                    "Entries here are added to those; an entry with the same targetCode replaces the automatic one. "
                    'Each entry needs "targetName" and "targetUrl".'
                ),
            ),
            FieldPanel("tags"),
            FieldPanel("active"),
        ],
        base_form_class=BadgeClassAdminForm,
    )


register_snippet(BadgeClassViewSet)
