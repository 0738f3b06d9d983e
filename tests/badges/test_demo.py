"""The badge demo: a course badge for learner@example.org, readiness badges
for approved associations, one revoked award; running it twice adds nothing."""

from django.core.management import call_command

from badges.models import Award, BadgeKind


def seed():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_demo_badges_are_seeded_once(demo_data):
    counts = (Award.objects.count(), Award.objects.filter(revoked_at__isnull=False).count())
    seed()
    assert (Award.objects.count(), Award.objects.filter(revoked_at__isnull=False).count()) == counts

    learner_awards = Award.objects.filter(recipient_user__email="learner@example.org")
    assert learner_awards.filter(badge_class__kind=BadgeKind.COURSE, revoked_at__isnull=True).exists()
    assert Award.objects.filter(revoked_at__isnull=False).count() == 1
    try:
        from readiness.reporting import current_approvals
    except ImportError:
        return
    for approval in current_approvals():
        assert Award.objects.filter(
            recipient_association=approval.association, badge_class__kind=BadgeKind.READINESS, revoked_at__isnull=True
        ).exists()
