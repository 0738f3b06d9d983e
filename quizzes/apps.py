from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from quizzes import notices, personal_data  # noqa: F401  (personal_data: data export section)

        notices.register_kinds()

        from quizzes.start_panels import register as register_start_panels

        register_start_panels()
