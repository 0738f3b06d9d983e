"""Re-derive the "Readiness coordinators" group from coordinator assignments."""

from django.core.management.base import BaseCommand

from readiness.permissions import sync_all_coordinator_groups


class Command(BaseCommand):
    help = (
        "Put everyone with a coordinator assignment in the Readiness coordinators group and take everyone "
        "else out of it. Idempotent; also runs after every migrate."
    )

    def handle(self, *args, **options):
        members, removed = sync_all_coordinator_groups()
        self.stdout.write(f"Readiness coordinators: {members} member(s), {removed} removed.")
