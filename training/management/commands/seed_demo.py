"""Build the demo site in one step: `python manage.py seed_demo`.

Each app that has demo content keeps it in its own `demo.py` with a
`seed(context)` function. This command calls them in INSTALLED_APPS order,
which follows the layers, so lower layers seed first and higher ones can
build on them without `training` importing upward.

Guarantees: idempotent (a second run updates and duplicates nothing), all
inside one transaction, and refuses to run unless the settings allow demo content
(`DEMO_CONTENT_ALLOWED`: dev and test only, never production).
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEMO_PASSWORD = "kohtaamo-demo"  # noqa: S105 -- documented demo-only password


class Command(BaseCommand):
    help = "Create or update the demo content and demo accounts (never in production)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("seed_demo refuses to run under production settings.")
        context = {"password": DEMO_PASSWORD, "stdout": self.stdout}
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if find_spec(module_name) is None:
                    continue
                import_module(module_name).seed(context)
                self.stdout.write(f"seeded {app_config.label}")
        self.stdout.write(self.style.SUCCESS("Demo ready. Every demo account's password: " + DEMO_PASSWORD))
