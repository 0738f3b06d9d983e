"""Whose certificates a person may download: their own awards, and the
readiness awards of the associations they manage (associations.querysets:
their contacts, and staff). Revoked awards have no certificate."""

from django.db.models import Q

from badges.models import Award, BadgeKind


def certificate_awards(user):
    """Awards whose certificate `user` may download (anything else: 404)."""
    from associations.models import Association

    if not user.is_authenticated:
        return Award.objects.none()
    managed = Association.objects.managed_by(user).values("pk")
    readiness = Q(recipient_association__in=managed, badge_class__kind=BadgeKind.READINESS)
    return Award.objects.active().filter(Q(recipient_user=user) | readiness)


def association_readiness_awards(user):
    """The readiness awards of the associations `user` is an active contact of
    (My badges lists them; staff reach any one through its URL, not a list)."""
    from associations.models import Association

    if not user.is_authenticated:
        return Award.objects.none()
    contact_of = Association.objects.managed_by(user).filter(
        memberships__user=user, memberships__active=True, memberships__role="contact"
    )
    return Award.objects.filter(
        recipient_association__in=contact_of.values("pk"), badge_class__kind=BadgeKind.READINESS
    )
