"""The readiness app's panels on the start page (accounts/start.py):

- for an association contact, per association they are the contact of: the
  next missing readiness item (the first unmet criterion's first missing
  fact, from `evaluation.evaluate_many`), or what to do next (submit, wait
  for review, renew);
- for a regional coordinator: associations of their regions waiting for
  review, and approvals that lapse within the renewal window.

Scope: `Association.objects.reviewable_by` for coordinators, contact
memberships for contacts. Each context is a fixed number of queries
(`evaluate_many` is), whatever the number of associations.
"""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from accounts.start import register_panel
from associations.models import Association, Role
from associations.start_panels import is_contact, is_coordinator  # one roles query per start page
from readiness import evaluation
from readiness.models import Approval, AssociationReadiness, Status
from readiness.services import RENEWAL_WINDOW_DAYS

MAX_ITEMS = 8


def _association_url(slug: str, anchor: str) -> str:
    return reverse("readiness:association", kwargs={"slug": slug}) + anchor


def next_step_context(user, request) -> dict:
    associations = Association.objects.filter(
        memberships__user=user, memberships__active=True, memberships__role=Role.CONTACT
    ).distinct()[:MAX_ITEMS]
    items = []
    for result in evaluation.evaluate_many(associations).values():
        association = result.association
        unmet = next((r for r in result.results if not r.met), None)
        item = {"association": association.name, "status": result.get_status_display(), "next": "", "url": ""}
        if result.status == Status.READY_FOR_REVIEW:
            item["url"] = _association_url(association.slug, "#status-heading")
        elif unmet is not None:
            item["next"] = unmet.missing[0] if unmet.missing else unmet.title
            item["url"] = _association_url(association.slug, "#criteria-heading")
        else:
            item["url"] = _association_url(association.slug, "#status-heading")
            item["ready"] = result.status != Status.APPROVED
        item["valid_until"] = result.valid_until if result.status == Status.APPROVED else None
        items.append(item)
    return {"items": items}


def review_context(user, request) -> dict:
    reviewable = Association.objects.reviewable_by(user).values("pk")
    waiting = (
        AssociationReadiness.objects.filter(association__in=reviewable, submitted_at__isnull=False)
        .select_related("association")
        .order_by("submitted_at")[:MAX_ITEMS]
    )
    today = timezone.localdate()
    approvals = (
        Approval.objects.filter(association__in=reviewable, valid_until__gte=today)
        .select_related("association")
        .order_by("association_id", "-approved_at", "-pk")
    )
    latest: dict = {}
    for approval in approvals:
        latest.setdefault(approval.association_id, approval)
    horizon = today + timedelta(days=RENEWAL_WINDOW_DAYS)
    lapsing = sorted((a for a in latest.values() if a.valid_until <= horizon), key=lambda a: a.valid_until)
    return {
        "waiting": [
            {
                "association": record.association.name,
                "submitted_at": record.submitted_at,
                "url": _association_url(record.association.slug, "#review-heading"),
            }
            for record in waiting
        ],
        "lapsing": [
            {
                "association": approval.association.name,
                "valid_until": approval.valid_until,
                "url": _association_url(approval.association.slug, "#status-heading"),
            }
            for approval in lapsing[:MAX_ITEMS]
        ],
        "overview_url": reverse("readiness:overview"),
    }


def register() -> None:
    register_panel(
        "readiness-next-step",
        order=120,
        applies=is_contact,
        context=next_step_context,
        template="start/panels/readiness_next_step.html",
    )
    register_panel(
        "readiness-review",
        order=200,
        applies=is_coordinator,
        context=review_context,
        template="start/panels/readiness_review.html",
    )
