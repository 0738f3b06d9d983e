from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssociationsConfig(AppConfig):
    name = "associations"
    verbose_name = _("Associations")

    def ready(self):
        from associations import notices, signal_handlers  # noqa: F401  (connects receivers)

        notices.register_kinds()

        from associations.start_panels import register as register_start_panels

        register_start_panels()
