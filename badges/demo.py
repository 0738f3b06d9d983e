"""Demo badges for `seed_demo` (runs after readiness/demo.py).

- the issuer profile;
- learner@example.org holds the badge of every course they completed;
- each currently approved association holds its readiness badge;
- a "Family café host" badge awarded by the trainer to learner2@example.org,
  revoked by the admin (so the revoked state can be seen);
- a signing key in var/badge-keys/ when none is configured (dev server only).

Idempotent: awarding and revoking are, and the rest is get-or-create.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from badges import services, signing
from badges.models import BadgeClass, BadgeKind
from courses.models import CourseCompletion, CoursePage

REVOKED_REASON = "Demo: awarded to the wrong person by mistake."


def seed(context: dict) -> None:
    _signing_key(context)
    _issuer()
    users = {user.email: user for user in get_user_model().objects.filter(email__endswith="@example.org")}
    _course_badges(users.get("learner@example.org"))
    _readiness_badges()
    _revoked_manual_badge(users)


def _signing_key(context: dict) -> None:
    # Only for the demo server (dev settings): tests bring their own key and
    # must not write into the developer's var/.
    if not settings.DEBUG:
        return
    try:
        signing.load_signing_key()
    except signing.SigningKeyMissing:
        call_command("generate_badge_key", stdout=context.get("stdout"))


def _issuer() -> None:
    issuer = services.issuer()
    if not issuer.description:
        issuer.name = "Kohtaamo"
        issuer.url = "https://kohtaamo.example"
        issuer.email = "badges@kohtaamo.example"
        issuer.description = "Kohtaamo trains local associations to welcome newcomers into their activities."
        issuer.save()


def _course_badges(learner) -> None:
    if learner is None:
        return
    for completion in CourseCompletion.objects.filter(user=learner):
        course = CoursePage.objects.filter(translation_key=completion.course_key).first()
        if course is not None:
            services.award_course_completion(learner, course, completion.completed_at)


def _readiness_badges() -> None:
    try:
        from readiness.reporting import current_approvals
    except ImportError:  # readiness reporting not there yet: no readiness badges in the demo
        return
    for approval in current_approvals():
        services.award_readiness(approval.association, approval, _evidence_url(approval.association))


def _evidence_url(association) -> str:
    return services.association_identity(association)


def _revoked_manual_badge(users: dict) -> None:
    trainer, learner2, admin = (
        users.get(email) for email in ("trainer@example.org", "learner2@example.org", "admin@example.org")
    )
    if not (trainer and learner2 and admin):
        return
    badge, _created = BadgeClass.objects.get_or_create(
        kind=BadgeKind.MANUAL,
        name="Family café host",
        defaults={
            "description": "Hosts a family café where newcomer families feel welcome.",
            "criteria_narrative": "Hosted at least three family café evenings with newcomer families.",
            "colour": "#8e44ad",
            "icon": "star",
        },
    )
    services.ensure_image(badge)
    award, _created = services.award_to_person(
        badge,
        learner2,
        source="manual",
        evidence_narrative="Hosted the spring family café evenings.",
        awarded_by=trainer,
    )
    services.revoke(award, admin, REVOKED_REASON)
