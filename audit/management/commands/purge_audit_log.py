"""Delete audit events older than settings.AUDIT_RETENTION_DAYS (default 1826,
five years). The only way events are ever deleted. Idempotent: a second run
finds nothing more to delete."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from audit.models import AuditEvent

DEFAULT_RETENTION_DAYS = 1826


def retention_days() -> int:
    return int(getattr(settings, "AUDIT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


class Command(BaseCommand):
    help = "Delete audit events older than AUDIT_RETENTION_DAYS (default 1826 days, five years)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        days = retention_days()
        if days < 1:
            raise CommandError("AUDIT_RETENTION_DAYS must be at least 1.")
        cutoff = timezone.now() - timedelta(days=days)
        if dry_run:
            count = AuditEvent.objects.filter(occurred_at__lt=cutoff).count()
            self.stdout.write(f"{count} audit events older than {days} days would be deleted.")
            return
        deleted = AuditEvent.objects.purge_before(cutoff)
        self.stdout.write(f"Deleted {deleted} audit events older than {days} days.")
