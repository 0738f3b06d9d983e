"""Awards issued automatically: on course completion and on readiness approval.

Both signals are sent after the lower layer's transaction commits. A failure
here must not undo or break what the learner or coordinator just did, so it
is logged (the badge can be awarded again: awarding is idempotent)."""

import logging

from django.dispatch import receiver

from courses.signals import course_completed
from readiness.signals import readiness_approved

logger = logging.getLogger("badges")


@receiver(course_completed, dispatch_uid="badges_course_completed")
def award_course_badge(sender, user, course_key, course, completed_at=None, **kwargs):
    from badges import services

    try:
        services.award_course_completion(user, course, completed_at)
    except Exception:
        logger.exception("course badge not awarded: user=%s course_key=%s", getattr(user, "pk", None), course_key)


@receiver(readiness_approved, dispatch_uid="badges_readiness_approved")
def award_readiness_badge(sender, association, approval, evidence_url="", **kwargs):
    from badges import services

    try:
        services.award_readiness(association, approval, evidence_url or "")
    except Exception:
        logger.exception("readiness badge not awarded: association=%s approval=%s", association.pk, approval.pk)


def readiness_verification_links(associations) -> dict[int, str]:
    """For readiness.hooks: the verification page of each association's current readiness badge."""
    from django.urls import reverse

    from badges import services

    # A path in the visitor's language: the link is shown on our own pages.
    return {
        pk: reverse("badges:verify", args=[award.pk])
        for pk, award in services.current_readiness_awards(associations).items()
    }
