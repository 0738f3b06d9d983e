"""What `badges` tells people through the notification centre: a badge
awarded to a person (never an association's badge, which has no single
recipient). Registered in BadgesConfig.ready(); one notice per award (the
dedupe key is the award's id), sent after the award commits."""

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from notifications.registry import register_kind
from notifications.services import notify

AWARDED = "badges.awarded"


def register_kinds() -> None:
    register_kind(
        AWARDED,
        label=_("A badge awarded to you"),
        title=_("You earned the badge “%(badge)s”"),
        body_template="badges/notifications/awarded.txt",
    )


def award_created(award) -> None:
    """Tell the award's person, on commit of the award's transaction. The link
    goes to My badges, where the backpack and wallet links are."""
    if award.recipient_user_id is None:
        return
    award_id, user, badge = str(award.pk), award.recipient_user, award.badge_class.name

    def send():
        notify(
            user,
            AWARDED,
            params={"badge": badge, "award": award_id},
            url=lambda: reverse("badges:mine"),
            dedupe_key=f"award:{award_id}",
        )

    transaction.on_commit(send)
