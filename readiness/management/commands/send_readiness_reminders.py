"""Daily: remind association contacts before their readiness approval lapses,
and log lapses. Safe to run any number of times (readiness.services.send_reminders)."""

from django.core.management.base import BaseCommand

from readiness.services import send_reminders


class Command(BaseCommand):
    help = "E-mail association contacts before their readiness approval lapses; log lapses."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")
