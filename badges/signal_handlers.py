"""How `badges` plugs into the layers below (connected in AppConfig.ready()).

- Awards issued automatically: on course completion and on readiness
  approval. Both signals are sent after the lower layer's transaction
  commits; the receivers enqueue a task (badges.tasks), which the worker
  retries on a passing failure. A failure here must not undo or break what
  the learner or coordinator just did, so it is logged; awarding is
  idempotent, and `manage.py repair_badge_awards` (scheduled) awards any
  badge whose task was lost or failed for good.
- A person's badges are part of their data export (accounts.personal_data).
- When an account is deleted, its awards are detached from it but stay
  verifiable (accounts.signals.account_deleting; see
  `detach_awards_of_deleted_account`).
"""

import logging

from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from accounts.signals import account_deleting
from badges.models import Award, AwardEvent
from courses.signals import course_completed
from readiness.signals import readiness_approved

logger = logging.getLogger("badges")


@receiver(course_completed, dispatch_uid="badges_course_completed")
def award_course_badge(sender, user, course_key, course, completed_at=None, **kwargs):
    from badges import tasks

    try:
        tasks.award_course_badge.enqueue(user.pk, course.pk, completed_at.isoformat() if completed_at else None)
    except Exception:  # the learner's completion stands; repair_badge_awards awards it later
        logger.exception("course badge not enqueued: user=%s course_key=%s", getattr(user, "pk", None), course_key)


@receiver(readiness_approved, dispatch_uid="badges_readiness_approved")
def award_readiness_badge(sender, association, approval, evidence_url="", **kwargs):
    from badges import tasks

    approved_at = getattr(approval, "approved_at", None)
    valid_until = getattr(approval, "valid_until", None)
    approved_by = getattr(approval, "approved_by", None)
    try:
        tasks.award_readiness_badge.enqueue(
            association.pk,
            approval.pk,
            getattr(approval, "framework_id", None),
            approved_at.isoformat() if approved_at else None,
            valid_until.isoformat() if valid_until else None,
            approved_by.pk if approved_by else None,
            evidence_url or "",
        )
    except Exception:  # the approval stands; repair_badge_awards awards it later
        logger.exception("readiness badge not enqueued: association=%s approval=%s", association.pk, approval.pk)


def readiness_verification_links(associations) -> dict[int, str]:
    """For readiness.hooks: the verification page of each association's current readiness badge."""
    from django.urls import reverse

    from badges import services

    # A path in the visitor's language: the link is shown on our own pages.
    return {
        pk: reverse("badges:verify", args=[award.pk])
        for pk, award in services.current_readiness_awards(associations).items()
    }


def personal_badges(user) -> list[dict]:
    """The person's awards for the data export: badge, date, public URLs, revocation."""
    from badges import documents
    from badges.models import Award

    return [
        {
            "badge": award.badge_class.name,
            "issued_on": award.issued_on.isoformat(),
            "valid_until": award.valid_until.isoformat() if award.valid_until else None,
            "source": award.source,
            "assertion_url": documents.assertion_url(award),
            "verification_url": documents.verify_page_url(award),
            "evidence_url": award.evidence_url,
            "evidence_narrative": award.evidence_narrative,
            "revoked": award.revoked,
            "revoked_at": award.revoked_at.isoformat() if award.revoked_at else None,
            "revocation_reason": award.revocation_reason,
        }
        for award in Award.objects.of_user(user).select_related("badge_class").order_by("issued_on")
    ]


def badges_handled(user) -> list[dict]:
    """Awards the person gave or revoked by hand (staff, coordinators), without the recipient's name."""
    return [
        {
            "action": event.action,
            "badge": event.award.badge_class.name,
            "at": event.at.isoformat(),
            "reason": event.reason,
        }
        for event in AwardEvent.objects.filter(actor=user).select_related("award__badge_class").order_by("at", "pk")
    ]


register_section("badges", personal_badges, label=_("Badges"), models=[Award])
register_section("badges_handled", badges_handled, label=_("Badges you awarded or revoked"), models=[Award, AwardEvent])


@receiver(account_deleting, dispatch_uid="badges_account_deleting")
def detach_awards_of_deleted_account(sender, user, **kwargs):
    """A deleted account's awards stay valid, but no longer belong to the account.

    Kept as they are: the award, its public OB 2.0 assertion and OB 3.0
    credential, its verification page. They hold no address or name, only
    the salted SHA-256 hash of the e-mail address, and the person may already
    have downloaded the baked badge and shown it to an employer or a
    municipality: revoking or deleting the award would silently break
    evidence they own. Whoever already holds the address (the person, or
    someone the person gave the badge to) can still verify it; no one can
    learn the address from it.

    Cut: the link to the account (`recipient_user`, so nothing lists the
    award as the anonymised user's "My badges" and the data export of that
    row is empty) and the stored recipient name. The log (AwardEvent) keeps
    its rows; they name no recipient.

    A person who wants the badge itself withdrawn asks staff to revoke it
    before deleting the account (revocation stays possible afterwards too,
    from the verification page, if they give its address).
    """
    from badges.models import Award

    detached = Award.objects.filter(recipient_user=user).update(recipient_user=None, recipient_name="")
    if detached:
        logger.info("badge awards detached from a deleted account: user=%s awards=%s", user.pk, detached)
