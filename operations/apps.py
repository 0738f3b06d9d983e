from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Layer 0: how the site runs in production (the task worker's heartbeat,
    retries and the staff view of failed tasks, the production checks).

    A separate app rather than `training`, because it has models (the
    heartbeat) and an admin of its own, and `training` stays model-free."""

    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from operations import checks  # noqa: F401  (system checks)
