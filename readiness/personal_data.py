"""Readiness in the personal-data export: the person's own self-assessment
answers, the associations where they are named as the welcome or the
harassment contact (with the phone number given for that role), and, for a
coordinator or contact, the approvals they gave and the readiness history
entries they wrote."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from readiness.models import Approval, AssociationReadiness, ReadinessEvent, SelfAssessmentAnswer


def _moment(value):
    return value.isoformat() if value else None


def _contact_roles(user) -> list[dict]:
    roles = []
    records = AssociationReadiness.objects.filter(Q(welcome_contact=user) | Q(harassment_contact=user))
    for record in records.select_related("association").order_by("association__name"):
        if record.welcome_contact_id == user.pk:
            roles.append(
                {"association": record.association.name, "role": "welcome", "phone": record.welcome_contact_phone}
            )
        if record.harassment_contact_id == user.pk:
            roles.append(
                {"association": record.association.name, "role": "harassment", "phone": record.harassment_contact_phone}
            )
    return roles


def personal_readiness(user) -> dict:
    """Self-assessment answers, contact roles, approvals given and history entries written."""
    return {
        "self_assessment_answers": [
            {
                "association": a.association.name,
                "statement": a.statement,
                "rating": a.rating,
                "answered_at": _moment(a.answered_at),
            }
            for a in SelfAssessmentAnswer.objects.filter(user=user)
            .select_related("association")
            .order_by("answered_at", "pk")
        ],
        "contact_roles": _contact_roles(user),
        "approvals_given": [
            {
                "association": a.association.name,
                "approved_at": _moment(a.approved_at),
                "valid_until": _moment(a.valid_until),
                "comment": a.comment,
            }
            for a in Approval.objects.filter(approved_by=user).select_related("association").order_by("approved_at")
        ],
        "history_entries_written": [
            {"association": e.association.name, "kind": e.kind, "comment": e.comment, "at": _moment(e.created_at)}
            for e in ReadinessEvent.objects.filter(actor=user).select_related("association").order_by("created_at")
        ],
    }


register_section(
    "readiness",
    personal_readiness,
    label=_("Readiness: self-assessment answers and contact roles"),
    models=[SelfAssessmentAnswer, AssociationReadiness, Approval, ReadinessEvent],
)
