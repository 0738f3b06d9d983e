"""Rebuild the started enrolments of the regional funnel from the progress
tables (after a bulk load or a restore that bypassed the ORM signals)."""

from django.core.management.base import BaseCommand

from reports.course_starts import sync_course_starts


class Command(BaseCommand):
    help = "Rebuild reports' started enrolments (CourseStart) from the step completions. Idempotent."

    def handle(self, *args, **options):
        added, removed = sync_course_starts()
        self.stdout.write(self.style.SUCCESS(f"Started enrolments: {added} added, {removed} removed."))
