"""The hobby offering in the personal-data export.

For a contact: the activities on which they are the welcome contact, and the
newcomers' requests they answered — what they answered and when, never the
newcomer's name or contact details (those are the newcomer's data; newcomers
have no account and see their request on its status page).
"""

from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from activities.models import Activity, TryRequest


def _moment(value):
    return value.isoformat() if value else None


def personal_activities(user) -> dict:
    return {
        "welcome_contact_of": [
            {"activity": a.title, "association": a.association.name}
            for a in Activity.objects.filter(welcome_contact=user).select_related("association").order_by("pk")
        ],
        "requests_answered": [
            {"activity": r.activity.title, "answer": r.answer, "answered_at": _moment(r.answered_at)}
            for r in TryRequest.objects.filter(answered_by=user).select_related("activity").order_by("pk")
        ],
    }


register_section(
    "activities",
    personal_activities,
    label=_("Hobby activities: where you are the welcome contact and the requests you answered"),
    models=[Activity, TryRequest],
)
