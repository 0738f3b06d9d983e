from django.core.management.base import BaseCommand

from notifications.mailing import retry_unsent_emails, send_all_digests


class Command(BaseCommand):
    help = (
        "Send each person's daily digest of notifications, and retry immediate notification e-mails that "
        "a failing mail server left unsent. Safe to run twice at once: every e-mail is claimed before it is sent."
    )

    def handle(self, *args, **options):
        retried = retry_unsent_emails()
        digests = send_all_digests()
        self.stdout.write(f"{digests} digest(s) sent, {retried} unsent e-mail(s) retried and sent.")
