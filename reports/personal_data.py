"""Reminders in the personal-data export: those the person received about
their courses, and (for a contact or coordinator) when they sent reminders,
without the recipients' names (those are in the recipients' own downloads)."""

from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from reports.models import Reminder


def personal_reminders(user) -> dict:
    """Reminders received and sent: the association and when."""

    def rows(queryset):
        return [
            {"association": r.association.name, "sent_at": r.sent_at.isoformat()}
            for r in queryset.select_related("association").order_by("sent_at", "pk")
        ]

    return {
        "received": rows(Reminder.objects.filter(user=user)),
        "sent": rows(Reminder.objects.filter(sent_by=user).exclude(user=user)),
    }


register_section("reminders", personal_reminders, label=_("Course reminders"), models=[Reminder])
