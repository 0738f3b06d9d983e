"""`manage.py repair_badge_awards [--dry-run]`: award the automatic badges
that are due but missing (badges.repair). Scheduled nightly (deploy/schedule/);
safe to run by hand, twice, or at the same time as the schedule."""

from django.core.management.base import BaseCommand, CommandError

from badges.repair import repair
from training.locks import single_instance


class Command(BaseCommand):
    help = "Award every course and readiness badge whose conditions hold but whose award is missing."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what is missing.")

    def handle(self, *args, dry_run=False, **options):
        with single_instance("repair_badge_awards") as held:
            if not held:
                self.stdout.write("repair_badge_awards is already running elsewhere; not started again.")
                return
            result = repair(dry_run=dry_run)
        verb = "missing" if dry_run else "awarded"
        self.stdout.write(
            f"course badges {verb}: {result.course_awards}; readiness badges {verb}: {result.readiness_awards}"
        )
        if result.failures:
            raise CommandError(f"{result.failures} badge(s) could not be awarded; see the log.")
