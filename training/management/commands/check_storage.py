"""Tell whether the configured media and private storage can be used.

manage.py check_storage                  # exit 1 when a bucket or folder is unusable
manage.py check_storage --create-buckets # create missing buckets and set their access first
"""

from django.core.management.base import BaseCommand, CommandError

from training import storage_checks


class Command(BaseCommand):
    help = "Check that the public media and private file storage (folders or S3 buckets) answer."

    def add_arguments(self, parser):
        parser.add_argument(
            "--create-buckets",
            action="store_true",
            help="Create missing S3 buckets; make the public one readable per object and the private one closed.",
        )

    def handle(self, *args, create_buckets=False, **options):
        if create_buckets:
            try:
                for line in storage_checks.create_buckets():
                    self.stdout.write(line)
            except Exception as error:  # report, never a traceback for an operator
                raise CommandError(f"Could not create the buckets: {error}") from None
        failed = False
        for alias in storage_checks.ALIASES:
            state = storage_checks.probe(alias)
            failed = failed or not state.ok
            write = self.stdout.write if state.ok else self.stderr.write
            write(("OK    " if state.ok else "FAIL  ") + state.message)
        for warning in storage_checks.private_bucket_warnings():
            failed = True
            self.stderr.write("FAIL  " + warning)
        if failed:
            raise CommandError("Storage is not usable; see the lines above and docs/operations.md 'Object storage'.")
