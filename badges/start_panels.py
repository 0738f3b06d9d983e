"""The badges app's panel on the start page (accounts/start.py): the
learner's badges awarded in the last weeks (not revoked), each linking to its
verification page (share, add to a backpack). One query."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from accounts.start import register_panel
from badges.models import Award

NEW_DAYS = 60
MAX_BADGES = 5


def new_badges_context(user, request) -> dict:
    since = timezone.now() - timedelta(days=NEW_DAYS)
    awards = (
        Award.objects.active()
        .of_user(user)
        .filter(issued_on__gte=since)
        .select_related("badge_class")
        .order_by("-issued_on")[:MAX_BADGES]
    )
    items = [
        {"name": award.badge_class.name, "issued_on": award.issued_on, "url": reverse("badges:verify", args=[award.pk])}
        for award in awards
    ]
    return {"items": items, "mine_url": reverse("badges:mine")}


def register() -> None:
    register_panel(
        "badges-new",
        order=30,
        applies=lambda user: True,
        context=new_badges_context,
        template="start/panels/badges_new.html",
    )
