from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Kohtaamo platform")

    def ready(self):
        # Registers the storage system check (`check --deploy`).
        from training import storage_checks  # noqa: F401
