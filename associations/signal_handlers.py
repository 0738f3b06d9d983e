"""How `associations` plugs into the layer below (connected in AppConfig.ready()).

- contacts and regional coordinators must use MFA (accounts.policies);
- memberships, join requests and invitations are part of a person's data
  export (accounts.personal_data);
- when an account is deleted, its memberships end and its open requests and
  invitations go (accounts.signals.account_deleting).
"""

from django.db.models import Q
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from accounts.policies import register_mfa_requirement
from accounts.signals import account_deleting
from associations.models import CoordinatorAssignment, Invitation, JoinRequest, MemberImport, Membership, Role


@register_mfa_requirement
def sees_other_peoples_data(user) -> bool:
    """Association contacts and regional coordinators see members' data."""
    return (
        Membership.objects.active().filter(user=user, role=Role.CONTACT).exists()
        or CoordinatorAssignment.objects.filter(user=user).exists()
    )


def _memberships(user) -> list[dict]:
    return [
        {
            "association": m.association.name,
            "role": m.role,
            "active": m.active,
            "joined_on": m.joined_on.isoformat(),
            "left_on": m.left_on.isoformat() if m.left_on else None,
        }
        for m in Membership.objects.filter(user=user).select_related("association")
    ]


def _join_requests(user) -> list[dict]:
    return [
        {
            "association": r.association.name,
            "message": r.message,
            "status": r.status,
            "created_at": r.created_at.isoformat(),
        }
        for r in JoinRequest.objects.filter(user=user).select_related("association")
    ]


def _invitations_received(user) -> list[dict]:
    return [
        {
            "association": i.association.name,
            "email": i.email,
            "role": i.role,
            "created_at": i.created_at.isoformat(),
            "accepted_at": i.accepted_at.isoformat() if i.accepted_at else None,
        }
        for i in Invitation.objects.filter(Q(email__iexact=user.email) | Q(accepted_by=user)).select_related(
            "association"
        )
    ]


def _as_contact(user) -> dict:
    """What the person did as a contact, without the other people concerned
    (their names and addresses are in their own downloads)."""

    def moment(value):
        return value.isoformat() if value else None

    return {
        "invitations_sent": [
            {
                "association": i.association.name,
                "role": i.role,
                "created_at": moment(i.created_at),
                "accepted": i.accepted_at is not None,
                "revoked": i.revoked_at is not None,
            }
            for i in Invitation.objects.filter(invited_by=user).select_related("association").order_by("created_at")
        ],
        "join_requests_decided": [
            {"association": r.association.name, "status": r.status, "decided_at": moment(r.decided_at)}
            for r in JoinRequest.objects.filter(decided_by=user).exclude(user=user).select_related("association")
        ],
        "member_imports": [
            {
                "association": m.association.name,
                "filename": m.filename,
                "uploaded_at": moment(m.created_at),
                "status": m.status,
                "applied_at": moment(m.applied_at),
                "rows": len(m.rows),
            }
            for m in MemberImport.objects.filter(uploaded_by=user).select_related("association").order_by("created_at")
        ],
    }


def _coordinated_regions(user) -> list[str]:
    return [a.region.name for a in CoordinatorAssignment.objects.filter(user=user).select_related("region")]


register_section("memberships", _memberships, label=_("Memberships in associations"), models=[Membership])
register_section("join_requests", _join_requests, label=_("Requests to join an association"), models=[JoinRequest])
register_section("invitations_received", _invitations_received, label=_("Invitations received"), models=[Invitation])
register_section(
    "association_contact",
    _as_contact,
    label=_("As an association contact: invitations, decisions and member imports"),
    models=[MemberImport],
)
register_section(
    "coordinated_regions", _coordinated_regions, label=_("Regions you coordinate"), models=[CoordinatorAssignment]
)


@receiver(account_deleting, dispatch_uid="associations_account_deleting")
def end_memberships_of_deleted_account(sender, user, **kwargs):
    """Memberships end (rows stay for the counts); requests and invitations go."""
    Membership.objects.filter(user=user, active=True).update(active=False, left_on=timezone.localdate())
    JoinRequest.objects.filter(user=user).delete()
    Invitation.objects.filter(email__iexact=user.email).delete()
    CoordinatorAssignment.objects.filter(user=user).delete()
