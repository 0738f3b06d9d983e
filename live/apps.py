from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    name = "live"
    verbose_name = _("Live trainings")

    def ready(self):
        from live import notices, signal_handlers

        signal_handlers.connect()
        from live import personal_data  # noqa: F401  (data export section)

        notices.register_kinds()

        from live.start_panels import register as register_start_panels

        register_start_panels()
