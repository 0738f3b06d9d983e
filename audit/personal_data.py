"""The audit log in the personal-data export: the events the person did
(with the IP address recorded for them) and the events that concern them.

The other party of an event is not named: an event the person did to
someone else leaves that person out, and for an event about the person done
by someone else, neither that someone's name nor their IP address is
included (the association, object and details are: they describe what
happened to the person).
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from audit.models import AuditEvent


def personal_audit_events(user) -> list[dict]:
    """The person's audit events, oldest first."""
    events = AuditEvent.objects.filter(Q(actor=user) | Q(subject=user)).order_by("occurred_at", "pk")
    return [
        {
            "occurred_at": event.occurred_at.isoformat(),
            "action": event.action,
            "description": str(event.get_action_display()),
            "done_by_you": event.actor_id == user.pk,
            "concerning_you": event.subject_id == user.pk,
            "association": event.association_label or None,
            "object": event.target_repr or None,
            "details": event.details,
            "ip": event.ip if event.actor_id == user.pk else None,
        }
        for event in events
    ]


register_section("audit", personal_audit_events, label=_("Audit log entries about you"), models=[AuditEvent])
