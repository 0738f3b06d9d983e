from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from reports import personal_data, signal_handlers  # noqa: F401  (data export section, receivers)

        from reports import start_panels

        start_panels.register()
