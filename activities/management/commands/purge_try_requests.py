"""Delete newcomers' try requests past retention, keeping anonymous counts
(activities.tryouts.retention). Schedule it daily. Safe to run twice at once
and idempotent: a second run finds nothing more to delete."""

from django.core.management.base import BaseCommand, CommandError

from activities.tryouts import retention


class Command(BaseCommand):
    help = (
        "Delete try requests TRYOUT_RETENTION_MONTHS (default 12) after their outcome, or "
        "TRYOUT_OPEN_RETENTION_MONTHS (default 6) after sending when they have none; keep anonymous counts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        from activities.models import TryRequest

        months, open_months = retention.retention_months(), retention.open_retention_months()
        if months < 1 or open_months < 1:
            raise CommandError("TRYOUT_RETENTION_MONTHS and TRYOUT_OPEN_RETENTION_MONTHS must be at least 1.")
        if dry_run:
            count = TryRequest.objects.due_for_purge(retention_months=months, unanswered_months=open_months).count()
            self.stdout.write(f"{count} try requests would be deleted.")
            return
        deleted = retention.purge()
        self.stdout.write(f"Deleted {deleted} try requests past retention; their counts are kept.")
