"""The readiness facts other apps read (reports, badges). Stable contract,
see notes/contracts.md. Every function runs a fixed number of queries."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from associations.models import Association
from readiness import queries
from readiness.models import Approval, Status


@dataclass(frozen=True)
class ReadinessSummary:
    status: str  # one of readiness.models.Status values
    status_label: str
    valid_until: date | None
    url: str  # the contact's / coordinator's readiness page


def status_by_association(association_ids) -> dict[int, ReadinessSummary]:
    """Readiness status of each association, in a constant number of queries."""
    ids = list(association_ids)
    if not ids:
        return {}
    slugs = dict(Association.objects.filter(pk__in=ids).values_list("pk", "slug"))
    framework = queries.default_framework()
    records = queries.records_by_association(ids)
    approvals = queries.approvals_by_association(ids)
    started = queries.started_association_ids(ids, framework, records)
    labels = dict(Status.choices)
    summaries = {}
    for pk, slug in slugs.items():
        status, valid_until = queries.derive_status(approvals.get(pk, []), records.get(pk), pk in started)
        summaries[pk] = ReadinessSummary(
            status=str(status),
            status_label=str(labels[status]),
            valid_until=valid_until,
            url=reverse("readiness:association", kwargs={"slug": slug}),
        )
    return summaries


def current_approvals() -> list[Approval]:
    """The latest approval of every association whose approval is valid today."""
    today = timezone.localdate()
    valid = (
        Approval.objects.filter(valid_until__gte=today)
        .select_related("association", "approved_by")
        .order_by("association_id", "-approved_at", "-pk")
    )
    latest = {}
    for approval in valid:
        latest.setdefault(approval.association_id, approval)
    return list(latest.values())


def public_profile_url(association) -> str:
    """Absolute, stable URL of the association's public welcoming profile
    (in the default language: it identifies the association as a badge recipient)."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("readiness:profile", kwargs={"slug": association.slug})
    # SITE_URL when the settings define it; otherwise the admin base URL Wagtail already needs.
    base = getattr(settings, "SITE_URL", None) or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + path
