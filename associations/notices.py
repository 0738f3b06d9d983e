"""What `associations` tells people through the notification centre.

Kinds are registered in AssociationsConfig.ready(). Each notice goes only to
people whose scope covers it: a join request to the contacts of that one
association, a decision to the person who asked, an invitation to the
account whose verified address was invited. The dedupe keys make a repeat
(double click, retried task) notify nobody twice.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from associations.models import Membership, Role
from notifications.registry import register_kind
from notifications.services import notify

JOIN_REQUESTED = "associations.join_requested"
JOIN_ACCEPTED = "associations.join_accepted"
JOIN_DECLINED = "associations.join_declined"
INVITED = "associations.invited"


def register_kinds() -> None:
    register_kind(
        JOIN_REQUESTED,
        label=_("A request to join your association"),
        title=_("%(person)s asks to join %(association)s"),
        body_template="associations/notifications/join_requested.txt",
    )
    register_kind(
        JOIN_ACCEPTED,
        label=_("Your request to join was accepted"),
        title=_("You are now a member of %(association)s"),
        body_template="associations/notifications/join_accepted.txt",
    )
    register_kind(
        JOIN_DECLINED,
        label=_("Your request to join was declined"),
        title=_("%(association)s declined your request to join"),
        body_template="associations/notifications/join_declined.txt",
    )
    register_kind(
        INVITED,
        label=_("An invitation to join an association"),
        title=_("Invitation to join %(association)s"),
        body_template="associations/notifications/invited.txt",
    )


def _person(user) -> str:
    return user.get_full_name() or user.email


def join_requested(join_request) -> None:
    """Tell each active contact of the request's association (and nobody else)."""
    association = join_request.association
    contacts = Membership.objects.active().filter(association=association, role=Role.CONTACT).select_related("user")
    params = {"association": association.name, "person": _person(join_request.user), "message": join_request.message}
    for membership in contacts:
        notify(
            membership.user,
            JOIN_REQUESTED,
            params=params,
            url=lambda: reverse("associations:members", args=[association.slug]),
            dedupe_key=f"join_request:{join_request.pk}",
        )


def join_decided(join_request) -> None:
    """Tell the person who asked whether the request was accepted or declined."""
    association = join_request.association
    accepted = join_request.status == join_request.Status.APPROVED
    notify(
        join_request.user,
        JOIN_ACCEPTED if accepted else JOIN_DECLINED,
        params={"association": association.name},
        url=(
            (lambda: reverse("associations:detail", args=[association.slug]))
            if accepted
            else (lambda: reverse("associations:find"))
        ),
        dedupe_key=f"join_request:{join_request.pk}",
    )


def invited_account(invitation):
    """The active account whose *verified* address is the invitation's (None when
    there is none: that address gets the plain invitation mail). An unverified
    claim to the address sees nothing of the invitation."""
    from allauth.account.models import EmailAddress

    address = (
        EmailAddress.objects.filter(email__iexact=invitation.email, verified=True, user__is_active=True)
        .select_related("user")
        .first()
    )
    return address.user if address is not None else None


def invited(invitation, user) -> None:
    """Tell the invited account holder; the link accepts the invitation."""
    notify(
        user,
        INVITED,
        params={
            "association": invitation.association.name,
            "role": invitation.role,
            "expires_at": invitation.expires_at.isoformat() if invitation.expires_at else None,
        },
        url=lambda: reverse("associations:accept_invitation", args=[invitation.token]),
        dedupe_key=f"invitation:{invitation.pk}",
    )
