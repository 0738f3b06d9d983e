"""`manage.py run_scheduled <command> [args…]`: run one scheduled job at most
once at a time, across app servers (training.locks.single_instance).

Every line of deploy/schedule/ goes through it. When the job is already
running elsewhere it says so and exits 0 (the schedule is not "failing");
the job's own errors exit non-zero as usual.
"""

import argparse

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from training.locks import single_instance


class Command(BaseCommand):
    help = "Run a management command unless another run of it is in progress (advisory lock)."

    def add_arguments(self, parser):
        parser.add_argument("job", help="The management command to run, e.g. send_live_reminders.")
        parser.add_argument("job_args", nargs=argparse.REMAINDER, help="Its arguments.")

    def handle(self, *args, job, job_args, **options):
        from django.core.management import get_commands

        if job not in get_commands():
            raise CommandError(f"Unknown command {job!r}.")
        with single_instance(f"scheduled:{job}") as held:
            if not held:
                self.stdout.write(f"{job} is already running elsewhere; not started again.")
                return
            call_command(job, *job_args, stdout=self.stdout, stderr=self.stderr)
