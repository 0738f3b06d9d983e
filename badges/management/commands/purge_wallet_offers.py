"""Delete wallet offers and used nonces that no step can use any more
(badges.oid4vci.offers.purge_expired). Schedule it daily; idempotent."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Delete expired 'Add to wallet' offers, their tokens and used proof nonces."

    def handle(self, *args, **options):
        from badges.oid4vci import offers

        deleted_offers, deleted_nonces = offers.purge_expired()
        self.stdout.write(f"Deleted {deleted_offers} expired wallet offers and {deleted_nonces} used nonces.")
