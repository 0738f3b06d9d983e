from django.core.management.base import BaseCommand

from notifications.services import purge_older_than, twelve_months_ago


class Command(BaseCommand):
    help = "Delete notifications older than 12 months (the notification centre keeps 12 months)."

    def handle(self, *args, **options):
        deleted = purge_older_than(twelve_months_ago())
        self.stdout.write(f"{deleted} notification(s) older than 12 months deleted.")
