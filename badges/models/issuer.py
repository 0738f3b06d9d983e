"""The one issuer profile (Open Badges 2.0 Issuer, 3.0 Profile)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="crosshairs")
class Issuer(BaseGenericSetting):
    """Edited in Wagtail → Settings → Badge issuer. A singleton by construction
    (Wagtail generic settings): every badge names this issuer."""

    name = models.CharField(_("name"), max_length=200, default="Kohtaamo")
    url = models.URLField(_("website"), default="https://kohtaamo.example")
    email = models.EmailField(_("e-mail"), default="badges@kohtaamo.example")
    description = models.TextField(_("description"), max_length=2000, blank=True)
    image = models.FileField(
        _("image (PNG)"),
        upload_to="badges/issuer/",
        blank=True,
        help_text=_("Optional. A square PNG shown by badge backpacks."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("email"),
        FieldPanel("description"),
        FieldPanel("image"),
    ]

    class Meta:
        verbose_name = _("badge issuer")

    def __str__(self) -> str:
        return self.name
