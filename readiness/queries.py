"""Bulk look-ups shared by the evaluation and the reporting contract. Every
function runs a fixed number of queries whatever the number of associations."""

from collections import defaultdict

from django.db.models import Exists, OuterRef, Subquery
from django.db.models.lookups import GreaterThanOrEqual
from django.utils import timezone

from associations.models import Membership
from courses.models import Enrolment
from readiness.models import Approval, AssociationReadiness, Framework, SelfAssessmentAnswer, Status

try:  # live is built alongside readiness; degrade clearly until it exists
    from live import reporting as live_reporting
except ImportError:  # pragma: no cover - depends on the checkout
    live_reporting = None


def default_framework() -> Framework | None:
    """The framework associations are evaluated against, criteria and courses prefetched."""
    return (
        Framework.objects.filter(is_default=True).prefetch_related("criteria__course").first()
        or Framework.objects.prefetch_related("criteria__course").order_by("pk").first()
    )


def framework_course_keys(framework: Framework | None) -> list:
    if framework is None:
        return []
    return [c.course.translation_key for c in framework.criteria.all() if c.course is not None]


def approvals_by_association(association_ids) -> dict[int, list[Approval]]:
    """Every approval of each association, newest first."""
    found = defaultdict(list)
    for approval in Approval.objects.filter(association_id__in=association_ids).order_by("-approved_at", "-pk"):
        found[approval.association_id].append(approval)
    return found


def records_by_association(association_ids) -> dict[int, AssociationReadiness]:
    return {r.association_id: r for r in AssociationReadiness.objects.filter(association_id__in=association_ids)}


def started_association_ids(association_ids, framework: Framework | None, records: dict) -> set[int]:
    """Associations that have begun: any evidence, any self-assessment answer,
    an active member enrolled in a framework course, or one who attended a live session."""
    ids = list(association_ids)
    started = {pk for pk, record in records.items() if record.has_evidence}
    started |= set(
        SelfAssessmentAnswer.objects.filter(association_id__in=ids).values_list("association_id", flat=True).distinct()
    )
    keys = framework_course_keys(framework)
    if keys:
        enrolled_users = Enrolment.objects.filter(course_key__in=keys).values("user_id")
        started |= set(
            Membership.objects.filter(association_id__in=ids, active=True, user_id__in=enrolled_users)
            .values_list("association_id", flat=True)
            .distinct()
        )
    if live_reporting is not None:
        started |= {pk for pk, count in live_reporting.attendance_by_association(ids).items() if count}
    return started


def approved_today(associations):
    """The associations of the queryset whose status `derive_status` gives as
    APPROVED, filtered in SQL (for counts over a whole region without reading
    every association's approvals): no submission waiting for review and the
    latest approval (newest approved_at, then pk) valid today or later."""
    latest_valid_until = (
        Approval.objects.filter(association_id=OuterRef("pk")).order_by("-approved_at", "-pk").values("valid_until")[:1]
    )
    waiting = AssociationReadiness.objects.filter(association_id=OuterRef("pk"), submitted_at__isnull=False)
    return associations.filter(GreaterThanOrEqual(Subquery(latest_valid_until), timezone.localdate())).exclude(
        Exists(waiting)
    )


def waiting_for_review(associations):
    """The associations of the queryset with a submission waiting for review
    (`derive_status` READY_FOR_REVIEW), filtered in SQL."""
    return associations.filter(
        Exists(AssociationReadiness.objects.filter(association_id=OuterRef("pk"), submitted_at__isnull=False))
    )


def derive_status(approvals: list[Approval], record: AssociationReadiness | None, started: bool):
    """(status, valid_until) from the stored decisions and whether work has begun.

    A pending submission wins (a renewal may be reviewed while the old approval
    still runs); then a valid approval; then an expired one (lapsed)."""
    today = timezone.localdate()
    latest = approvals[0] if approvals else None
    if record is not None and record.submitted_at is not None:
        return Status.READY_FOR_REVIEW, latest.valid_until if latest and latest.valid_until >= today else None
    if latest is not None and latest.valid_until >= today:
        return Status.APPROVED, latest.valid_until
    if latest is not None:
        return Status.LAPSED, latest.valid_until
    if started:
        return Status.IN_PROGRESS, None
    return Status.NOT_STARTED, None
