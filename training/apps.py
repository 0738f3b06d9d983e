from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Kohtaamo platform")

    def ready(self):
        # Registers the storage system check (`check --deploy`).
        from training import storage_checks  # noqa: F401
        from training.i18n.languages import register_language_info

        # Dari (prs) and Somali (so) are not in Django's LANG_INFO.
        register_language_info()
