"""What `readiness` tells people through the notification centre.

Kinds are registered in ReadinessConfig.ready(). Scope: a submission goes
to the coordinators of the association's own region; a return, an approval
and a lapse reminder to that association's active contacts, nobody else.
Every notice has a dedupe key tied to the one event (the submission's time,
the history row, the approval, the reminder point), so a repeat notifies
nobody twice.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from associations.models import CoordinatorAssignment, Role
from notifications.registry import register_kind
from notifications.services import notify

SUBMITTED = "readiness.submitted"
RETURNED = "readiness.returned"
APPROVED = "readiness.approved"
LAPSING = "readiness.lapsing"


def register_kinds() -> None:
    register_kind(
        SUBMITTED,
        label=_("Readiness submitted for your review"),
        title=_("%(association)s is ready for readiness review"),
        body_template="readiness/notifications/submitted.txt",
    )
    register_kind(
        RETURNED,
        label=_("Readiness returned for changes"),
        title=_("%(association)s: the readiness was returned for changes"),
        body_template="readiness/notifications/returned.txt",
    )
    register_kind(
        APPROVED,
        label=_("Readiness approved"),
        title=_("%(association)s: the readiness was approved"),
        body_template="readiness/notifications/approved.txt",
    )
    register_kind(
        LAPSING,
        label=_("Readiness approval about to lapse"),
        title=_("The readiness approval of %(association)s lapses soon"),
        body_template="readiness/notifications/lapsing.txt",
    )


def _page(association):
    return lambda: reverse("readiness:association", kwargs={"slug": association.slug})


def contacts_of(association):
    """The association's active contact persons (users)."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(memberships__association=association, memberships__active=True, memberships__role=Role.CONTACT)
        .distinct()
    )


def coordinators_of(association):
    """The coordinators of the association's region (none when it has no municipality)."""
    from django.contrib.auth import get_user_model

    if association.municipality_id is None:
        return get_user_model().objects.none()
    user_ids = CoordinatorAssignment.objects.filter(region__municipalities=association.municipality_id).values(
        "user_id"
    )
    return get_user_model().objects.filter(pk__in=user_ids)


def submitted(association, submitted_at) -> int:
    """Tell the region's coordinators; returns how many were notified."""
    recipients = list(coordinators_of(association))
    for user in recipients:
        notify(
            user,
            SUBMITTED,
            params={"association": association.name},
            url=_page(association),
            dedupe_key=f"submission:{association.pk}:{submitted_at.isoformat()}",
        )
    return len(recipients)


def returned(association, event) -> None:
    """Tell the contacts, with the coordinator's comment."""
    for user in contacts_of(association):
        notify(
            user,
            RETURNED,
            params={"association": association.name, "comment": event.comment},
            url=_page(association),
            dedupe_key=f"returned:{event.pk}",
        )


def approved(association, approval) -> None:
    for user in contacts_of(association):
        notify(
            user,
            APPROVED,
            params={
                "association": association.name,
                "comment": approval.comment,
                "valid_until": approval.valid_until.isoformat(),
            },
            url=_page(association),
            dedupe_key=f"approval:{approval.pk}",
        )


def lapsing(approval, days_before: int, days_left: int) -> int:
    """One reminder point of one approval; returns how many contacts were notified."""
    association = approval.association
    recipients = list(contacts_of(association))
    for user in recipients:
        notify(
            user,
            LAPSING,
            params={
                "association": association.name,
                "valid_until": approval.valid_until.isoformat(),
                "days_left": days_left,
            },
            url=_page(association),
            dedupe_key=f"lapsing:{approval.pk}:{days_before}",
        )
    return len(recipients)
