from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BadgesConfig(AppConfig):
    name = "badges"
    verbose_name = _("Badges")

    def ready(self):
        from badges import notices, signal_handlers
        from readiness.hooks import register_verification_link_provider

        register_verification_link_provider(signal_handlers.readiness_verification_links)
        notices.register_kinds()

        from badges.start_panels import register as register_start_panels

        register_start_panels()
