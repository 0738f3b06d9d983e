from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadinessConfig(AppConfig):
    name = "readiness"
    verbose_name = _("Readiness")

    def ready(self):
        from django.db.models.signals import post_migrate

        from readiness import personal_data, signal_handlers  # noqa: F401  (personal_data: export section)

        # Permissions exist only after migrate: give existing coordinators the group then.
        post_migrate.connect(signal_handlers.grant_framework_permissions, sender=self)

        from readiness.start_panels import register as register_start_panels

        register_start_panels()

        from readiness import notices

        notices.register_kinds()
