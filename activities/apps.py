from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    """Layer 6: the hobby offering (associations' activities) and newcomers' try requests."""

    name = "activities"
    verbose_name = _("Hobby activities")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from activities import personal_data  # noqa: F401  (data export section)
        from activities.tryouts import notices

        notices.register_kinds()
