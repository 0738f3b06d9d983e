"""Award every automatic badge whose conditions hold but whose award is missing.

The awards normally come from tasks enqueued on course completion and on
readiness approval (badges.tasks). A task that was lost (the process died
between the commit and the enqueue) or failed for good leaves a gap; this
closes it. The rules are the ones of badges.services:

- course badge: a CourseCompletion of an active, not anonymised account with
  no award of that course's badge to that person (a revoked award counts as
  an award: repair never re-issues what staff revoked);
- readiness badge: the latest approval of an association that is valid today,
  with no award for that approval nor for that association and validity period.

Idempotent and safe to run twice at once: each award goes through
badges.services, whose unique constraints let only one concurrent insert
win (the other returns the existing award); the command also holds the
`repair_badge_awards` lock (training.locks), so a second run waits for none
of this and just stops.
"""

import logging
from dataclasses import dataclass

from django.contrib.auth import get_user_model

from badges import services
from badges.models import Award, BadgeKind

logger = logging.getLogger("badges")


@dataclass
class RepairResult:
    course_awards: int = 0
    readiness_awards: int = 0
    failures: int = 0


def missing_course_awards() -> list[tuple[int, object]]:
    """(user pk, course key) of completions without a course badge award."""
    from courses.models import CourseCompletion

    awarded = set(
        Award.objects.filter(badge_class__kind=BadgeKind.COURSE, recipient_user__isnull=False).values_list(
            "recipient_user_id", "badge_class__course_key"
        )
    )
    users = get_user_model().objects.filter(is_active=True, anonymised_at__isnull=True)
    completions = CourseCompletion.objects.filter(user__in=users).values_list("user_id", "course_key")
    return [pair for pair in completions.order_by("pk") if pair not in awarded]


def missing_readiness_awards() -> list:
    """Current approvals without a readiness award."""
    from readiness.reporting import current_approvals

    missing = []
    for approval in current_approvals():
        exists = (
            Award.objects.filter(approval_id=approval.pk).exists()
            or Award.objects.filter(
                recipient_association_id=approval.association_id,
                valid_until=approval.valid_until,
                badge_class__kind=BadgeKind.READINESS,
            ).exists()
        )
        if not exists:
            missing.append(approval)
    return missing


def repair(dry_run: bool = False) -> RepairResult:
    from courses.models import CoursePage
    from readiness.reporting import public_profile_url

    result = RepairResult()
    User = get_user_model()
    courses: dict = {}
    for user_pk, course_key in missing_course_awards():
        if course_key not in courses:
            courses[course_key] = CoursePage.objects.filter(translation_key=course_key).first()
        course = courses[course_key]
        if course is None:  # the course was deleted: nothing to award against
            continue
        if dry_run:
            result.course_awards += 1
            continue
        try:
            user = User.objects.get(pk=user_pk)
            completion = user.course_completions.get(course_key=course_key)
            _award, created = services.award_course_completion(user, course, completion.completed_at)
        except Exception:
            result.failures += 1
            logger.exception("repair: course badge not awarded: user=%s course_key=%s", user_pk, course_key)
            continue
        if created:
            result.course_awards += 1
            logger.warning("repair: course badge awarded: user=%s course_key=%s", user_pk, course_key)
    for approval in missing_readiness_awards():
        if dry_run:
            result.readiness_awards += 1
            continue
        try:
            _award, created = services.award_readiness(
                approval.association, approval, public_profile_url(approval.association)
            )
        except Exception:
            result.failures += 1
            logger.exception("repair: readiness badge not awarded: approval=%s", approval.pk)
            continue
        if created:
            result.readiness_awards += 1
            logger.warning("repair: readiness badge awarded: approval=%s", approval.pk)
    return result
