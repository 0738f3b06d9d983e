from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from reports import personal_data, signal_handlers  # noqa: F401  (data export section, receivers)
        from reports.start_panels import register as register_start_panels

        register_start_panels()
