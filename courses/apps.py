from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from courses import personal_data, signal_handlers  # noqa: F401  (data export section, receivers)
        from courses.start_panels import register as register_start_panels

        register_start_panels()

        # Before wagtail.admin's ready(): takes over Wagtail's submission mails (courses/notices.py).
        from courses import notices

        notices.register_kinds()
        notices.connect()
