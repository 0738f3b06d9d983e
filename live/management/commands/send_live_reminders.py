"""Queue the live-session reminders that are due. Run every few minutes, e.g. cron:

*/5 * * * * cd /srv/kohtaamo && .venv/bin/python manage.py send_live_reminders
"""

from django.core.management.base import BaseCommand

from live.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Queue the 24-hour and 1-hour reminders of live sessions that are due (idempotent)."

    def handle(self, *args, **options):
        queued = send_due_reminders()
        self.stdout.write(f"{queued} reminder(s) queued.")
