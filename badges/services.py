"""Badge processes: badge classes, awarding, revocation.

Guarantees:
- awarding is idempotent and safe under concurrency: the unique constraints on
  Award (per person and badge class; per association, badge class and
  validity period; per readiness approval) decide, so repeated or concurrent
  calls return the one existing award;
- award ids and status-list positions are random (no guessable URLs);
- the recipient is stored and published only as a salted SHA-256 hash;
- revocation is staff-only, needs a reason, is logged (AwardEvent and the
  `badges` logger) and clears the cached documents after commit.
"""

import logging
import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

import audit
from associations.querysets import is_staff
from badges import caching, notices
from badges.identity import absolute, hash_identity, new_salt, normalise_email, site_url
from badges.images import generate_png
from badges.models import Award, AwardEvent, BadgeClass, BadgeKind, Issuer
from badges.models.awards import STATUS_LIST_SIZE

logger = logging.getLogger("badges")

READINESS_COLOUR = "#2e7d32"
COURSE_COLOUR = "#1f6f8b"


class BadgeError(Exception):
    """A badge action that cannot be done; the message is for the person."""


def issuer() -> Issuer:
    return Issuer.load()


def may_award(user) -> bool:
    """Trainers and staff may award badges by hand."""
    from courses.authoring import TRAINERS

    if not user.is_authenticated:
        return False
    return is_staff(user) or user.groups.filter(name=TRAINERS).exists()


def may_revoke(user) -> bool:
    return is_staff(user)


def ensure_image(badge_class: BadgeClass) -> None:
    if not badge_class.image:
        png = generate_png(badge_class.name, badge_class.colour, badge_class.icon)
        badge_class.image.save(f"{badge_class.pk}.png", ContentFile(png), save=True)


def course_badge_class(course) -> BadgeClass:
    """The badge class of a course (any translation), created on first use
    from the course in the default language."""
    from courses.services import canonical_course

    existing = BadgeClass.objects.filter(kind=BadgeKind.COURSE, course_key=course.translation_key).first()
    if existing:
        return existing
    canonical = canonical_course(course)
    with translation.override(settings.LANGUAGE_CODE):
        criteria = _("Complete every required step of the course “%(course)s” on Kohtaamo.") % {
            "course": canonical.title
        }
    badge_class, _created = BadgeClass.objects.get_or_create(
        kind=BadgeKind.COURSE,
        course_key=course.translation_key,
        defaults={
            "name": canonical.title[:200],
            "description": (canonical.summary or canonical.title)[:2000],
            "criteria_narrative": criteria,
            "colour": COURSE_COLOUR,
            "icon": "check",
        },
    )
    ensure_image(badge_class)
    return badge_class


def readiness_badge_class(framework_id: int | None) -> BadgeClass:
    existing = BadgeClass.objects.filter(kind=BadgeKind.READINESS, framework_id=framework_id).first()
    if existing:
        return existing
    with translation.override(settings.LANGUAGE_CODE):
        defaults = {
            "name": _("Ready to welcome newcomers"),
            "description": _(
                "The association has shown, and a regional coordinator has confirmed, that it is ready to "
                "welcome newcomers into its activities."
            ),
            "criteria_narrative": _(
                "The association meets the criteria of the readiness framework: its members have completed the "
                "required training, it has a welcoming plan, and a regional coordinator has reviewed and approved "
                "its readiness. The badge is valid until the date shown."
            ),
        }
    badge_class, _created = BadgeClass.objects.get_or_create(
        kind=BadgeKind.READINESS,
        framework_id=framework_id,
        defaults={**defaults, "colour": READINESS_COLOUR, "icon": "heart"},
    )
    ensure_image(badge_class)
    return badge_class


def _create_once(badge_class: BadgeClass, existing: Q, fields: dict, actor=None) -> tuple[Award, bool]:
    """Create the award unless `existing` finds one. A concurrent creator makes
    our insert fail on a unique constraint; we then return theirs. A clash of
    the random status-list position is retried with another position. Only
    the call that created the award notifies its person (after commit)."""
    for _attempt in range(8):
        found = Award.objects.filter(existing, badge_class=badge_class).first()
        if found is not None:
            return found, False
        try:
            with transaction.atomic():
                award = Award.objects.create(
                    badge_class=badge_class, status_index=secrets.randbelow(STATUS_LIST_SIZE), **fields
                )
                AwardEvent.objects.create(award=award, action=AwardEvent.Action.AWARDED, actor=actor)
                _audit_award(audit.Action.BADGE_AWARDED, award, actor)
        except IntegrityError:
            continue
        logger.info("badge awarded: award=%s badge_class=%s source=%s", award.pk, badge_class.pk, award.source)
        notices.award_created(award)
        return award, True
    found = Award.objects.filter(existing, badge_class=badge_class).first()
    if found is None:
        raise BadgeError(_("The badge could not be awarded. Please try again."))
    return found, False


def _person_fields(user) -> dict:
    salt = new_salt()
    return {
        "recipient_user": user,
        "recipient_type": Award.RecipientType.EMAIL,
        "salt": salt,
        "recipient_hash": hash_identity(normalise_email(user.email), salt),
        "recipient_name": user.get_full_name() or "",
    }


def award_to_person(
    badge_class: BadgeClass,
    user,
    *,
    source: str,
    issued_on=None,
    evidence_url: str = "",
    evidence_narrative: str = "",
    awarded_by=None,
) -> tuple[Award, bool]:
    """Award `badge_class` to `user` once. Idempotent: (award, created)."""
    fields = {
        **_person_fields(user),
        "source": source,
        "issued_on": issued_on or timezone.now(),
        "evidence_url": evidence_url,
        "evidence_narrative": evidence_narrative,
        "awarded_by": awarded_by,
    }
    return _create_once(badge_class, Q(recipient_user=user), fields, actor=awarded_by)


def award_course_completion(user, course, completed_at=None) -> tuple[Award, bool]:
    """The course badge for a learner who completed `course`."""
    badge_class = course_badge_class(course)
    from courses.services import canonical_course

    canonical = canonical_course(course)
    try:
        path = canonical.get_url(None)
    except Exception:
        path = None
    with translation.override(settings.LANGUAGE_CODE):
        narrative = _("Completed every required step of the course “%(course)s”.") % {"course": canonical.title}
    return award_to_person(
        badge_class,
        user,
        source=Award.Source.COURSE,
        issued_on=completed_at,
        evidence_url=(site_url() + path) if path and path.startswith("/") else (path or ""),
        evidence_narrative=narrative,
    )


def association_identity(association) -> str:
    """The association's stable public identity: its public readiness profile URL."""
    try:
        from readiness.reporting import public_profile_url
    except ImportError:  # readiness reporting not installed yet: same URL shape by name
        with translation.override(settings.LANGUAGE_CODE):
            try:
                return absolute("readiness:profile", association.slug)
            except Exception:
                return site_url() + association.get_absolute_url()
    return public_profile_url(association)


def award_readiness(association, approval, evidence_url: str = "") -> tuple[Award, bool]:
    """The readiness badge for an approved association, once per approval and
    per validity period."""
    badge_class = readiness_badge_class(getattr(approval, "framework_id", None))
    salt = new_salt()
    identity = association_identity(association)
    valid_until = getattr(approval, "valid_until", None)
    with translation.override(settings.LANGUAGE_CODE):
        narrative = _("A regional coordinator approved the association's readiness to welcome newcomers.")
    fields = {
        "recipient_association": association,
        "recipient_type": Award.RecipientType.URL,
        "salt": salt,
        "recipient_hash": hash_identity(identity, salt),
        "recipient_name": association.name,
        "source": Award.Source.READINESS,
        "issued_on": getattr(approval, "approved_at", None) or timezone.now(),
        "valid_until": valid_until,
        "approval_id": approval.pk,
        "evidence_url": evidence_url,
        "evidence_narrative": narrative,
        "awarded_by": getattr(approval, "approved_by", None),
    }
    existing = Q(approval_id=approval.pk) | Q(recipient_association=association, valid_until=valid_until)
    if valid_until is None:
        existing = Q(approval_id=approval.pk)
    return _create_once(badge_class, existing, fields, actor=fields["awarded_by"])


def award_manually(trainer, badge_class: BadgeClass, user, evidence_url: str, evidence_narrative: str) -> Award:
    """A trainer awards a badge by hand, with evidence. Refuses (BadgeError)
    people without the right, inactive badge classes, a badge the person
    already holds, and an award without evidence."""
    if not may_award(trainer):
        raise BadgeError(_("You may not award badges."))
    if not badge_class.active:
        raise BadgeError(_("This badge is no longer awarded."))
    if badge_class.kind == BadgeKind.READINESS:
        raise BadgeError(_("Readiness badges are awarded when a coordinator approves an association."))
    if not (evidence_url or evidence_narrative.strip()):
        raise BadgeError(_("Give the evidence: a link, a description, or both."))
    award, created = award_to_person(
        badge_class,
        user,
        source=Award.Source.MANUAL,
        evidence_url=evidence_url,
        evidence_narrative=evidence_narrative.strip(),
        awarded_by=trainer,
    )
    if not created:
        raise BadgeError(_("%(email)s already holds this badge.") % {"email": user.email})
    return award


def revoke(award: Award, by, reason: str) -> Award:
    """Revoke `award` (staff only, with a reason). Idempotent: revoking again
    changes nothing. Logged; cached documents are cleared after commit."""
    if not may_revoke(by):
        raise BadgeError(_("Only staff may revoke badges."))
    reason = (reason or "").strip()
    if not reason:
        raise BadgeError(_("Give the reason for revoking the badge."))
    with transaction.atomic():
        award = Award.objects.select_for_update().get(pk=award.pk)
        if award.revoked_at is not None:
            return award
        award.revoked_at = timezone.now()
        award.revocation_reason = reason[:500]
        award.revoked_by = by
        award.save(update_fields=["revoked_at", "revocation_reason", "revoked_by"])
        AwardEvent.objects.create(
            award=award, action=AwardEvent.Action.REVOKED, actor=by, reason=award.revocation_reason
        )
        _audit_award(audit.Action.BADGE_REVOKED, award, by, reason=award.revocation_reason)
        award_id = award.pk
        transaction.on_commit(lambda: caching.forget_award(award_id))
    logger.warning("badge revoked: award=%s by=%s reason=%s", award.pk, by.pk, award.revocation_reason)
    return award


def _audit_award(action, award: Award, actor, **details) -> None:
    audit.record(
        action,
        actor=actor,
        subject=award.recipient_user,
        association=award.recipient_association,
        target=award,
        details={"badge_class": award.badge_class.name[:100], "source": award.source, **details},
    )


def current_readiness_awards(associations) -> dict[int, Award]:
    """The valid, unrevoked readiness award of each association (latest first), in one query."""
    ids = [a.pk for a in associations]
    today = timezone.localdate()
    awards = (
        Award.objects.active()
        .filter(recipient_association_id__in=ids, badge_class__kind=BadgeKind.READINESS)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
        .order_by("recipient_association_id", "-issued_on")
    )
    found: dict[int, Award] = {}
    for award in awards:
        found.setdefault(award.recipient_association_id, award)
    return found
