"""Background work of `badges`: the automatic awards, run through Django's
task framework (immediately in the demo and tests; by the worker, with
retries, in production).

Each task is idempotent: the award's unique constraints (per person and
badge class; per approval; per association and validity period) are the
idempotency key, written in the same transaction as the award, its event and
its audit row (badges.services._create_once). A retried or duplicated task
finds the award and does nothing. A failure is logged and re-raised, so the
worker retries it and, in the end, records it as failed for staff; the
scheduled `repair_badge_awards` awards whatever is still missing.
"""

import datetime
import logging
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.utils.dateparse import parse_datetime
from django_tasks import task

logger = logging.getLogger("badges")


@task()
def award_course_badge(user_pk: int, course_pk: int, completed_at: str | None = None) -> bool:
    """The course badge of a learner who completed the course; True when awarded now."""
    from badges import services
    from courses.models import CoursePage

    user = get_user_model().objects.filter(pk=user_pk).first()
    course = CoursePage.objects.filter(pk=course_pk).first()
    if user is None or course is None:  # deleted meanwhile: nothing to award
        return False
    try:
        _award, created = services.award_course_completion(
            user, course, parse_datetime(completed_at) if completed_at else None
        )
    except Exception:
        logger.exception("course badge not awarded: user=%s course=%s", user_pk, course_pk)
        raise
    return created


@task()
def award_readiness_badge(
    association_pk: int,
    approval_pk: int,
    framework_id: int | None,
    approved_at: str | None,
    valid_until: str | None,
    approved_by_pk: int | None,
    evidence_url: str = "",
) -> bool:
    """The readiness badge of an approved association, from the approval's
    facts as the signal sent them; True when awarded now."""
    from associations.models import Association
    from badges import services

    association = Association.objects.filter(pk=association_pk).first()
    if association is None:
        return False
    approval = SimpleNamespace(
        pk=approval_pk,
        framework_id=framework_id,
        approved_at=parse_datetime(approved_at) if approved_at else None,
        valid_until=datetime.date.fromisoformat(valid_until) if valid_until else None,
        approved_by=get_user_model().objects.filter(pk=approved_by_pk).first() if approved_by_pk else None,
    )
    try:
        _award, created = services.award_readiness(association, approval, evidence_url)
    except Exception:
        logger.exception("readiness badge not awarded: association=%s approval=%s", association_pk, approval_pk)
        raise
    return created
