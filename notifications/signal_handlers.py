"""Notifications in the personal-data export, and gone with a deleted account."""

from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from accounts.signals import account_deleting
from notifications.models import Notification, NotificationPreference


def personal_notifications(user) -> dict:
    """Every notification and preference of the person (titles in the active language)."""
    from notifications.services import title_of

    def moment(value):
        return value.isoformat() if value else None

    return {
        "notifications": [
            {
                "kind": notification.kind,
                "title": title_of(notification),
                "params": notification.params,
                "url": notification.url,
                "created_at": moment(notification.created_at),
                "read_at": moment(notification.read_at),
                "delivery": notification.delivery,
                "email_sent_at": moment(notification.email_sent_at),
            }
            for notification in Notification.objects.filter(recipient=user).order_by("created_at", "pk")
        ],
        "preferences": dict(
            NotificationPreference.objects.filter(user=user).order_by("kind").values_list("kind", "delivery")
        ),
    }


register_section(
    "notifications", personal_notifications, label=_("Notifications"), models=[Notification, NotificationPreference]
)


@receiver(account_deleting, dispatch_uid="notifications_account_deleting")
def delete_notifications_of_deleted_account(sender, user, **kwargs):
    """The account is anonymised, not deleted, so CASCADE does not apply: the
    person's notifications (their params name associations, sessions, people)
    and preferences are deleted with the account."""
    Notification.objects.filter(recipient=user).delete()
    NotificationPreference.objects.filter(user=user).delete()
