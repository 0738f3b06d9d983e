from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = _("Audit log")

    def ready(self):
        from audit import personal_data, signal_handlers  # noqa: F401  (data export section, receivers)
