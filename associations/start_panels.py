"""The associations app's panel on the start page (accounts/start.py): an
association contact's pending join requests, grouped by association, each
linking to the members page where the request is decided.

Scope: only associations the person is the active contact of (not every
association a staff member could manage). Two queries, whatever the number
of associations or requests.
"""

from django.db.models import Value
from django.urls import reverse

from accounts.start import register_panel, shared
from associations.models import Association, CoordinatorAssignment, JoinRequest, Membership, Role

MAX_REQUESTS = 8


def contact_associations(user):
    """The associations `user` is the active contact of."""
    return Association.objects.filter(
        memberships__user=user, memberships__active=True, memberships__role=Role.CONTACT
    ).distinct()


# Not a Role value: marks "coordinates a region" among the roles below.
COORDINATOR = "__coordinator__"


def roles(user) -> frozenset[str]:
    """The roles of the user's active memberships, plus COORDINATOR when they
    coordinate a region: one query per start page, shared by every panel that
    asks (the contact and coordinator checks, the suggested courses)."""

    def read():
        memberships = Membership.objects.filter(user=user, active=True).order_by().values_list("role")
        coordinates = CoordinatorAssignment.objects.filter(user=user).order_by().values_list(Value(COORDINATOR))
        return frozenset(role for (role,) in memberships.union(coordinates))

    return shared(user, "associations:roles", read)


def is_contact(user) -> bool:
    """An active contact of an association."""
    return Role.CONTACT in roles(user)


def is_coordinator(user) -> bool:
    """A regional coordinator."""
    return COORDINATOR in roles(user)


def join_requests_context(user, request) -> dict:
    pending = (
        JoinRequest.objects.visible_to(user)
        .pending()
        .filter(association__in=contact_associations(user).values("pk"))
        .select_related("user", "association")
        .order_by("created_at")
    )
    requests = list(pending[: MAX_REQUESTS + 1])
    items = [
        {
            "person": str(join_request.user),
            "association": join_request.association.name,
            "created_at": join_request.created_at,
            "url": reverse("associations:members", args=[join_request.association.slug]) + "#requests-heading",
        }
        for join_request in requests[:MAX_REQUESTS]
    ]
    return {"items": items, "more": len(requests) > MAX_REQUESTS, "mine_url": reverse("associations:mine")}


def register() -> None:
    register_panel(
        "associations-join-requests",
        order=100,
        applies=is_contact,
        context=join_requests_context,
        template="start/panels/associations_join_requests.html",
    )
