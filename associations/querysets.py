"""The scope rule. Every view that shows association or member data asks
these querysets, and only these, who may see what:

- a learner sees their own memberships and the associations they belong to;
- an association contact oversees and manages their association(s);
- a regional coordinator oversees every association in their region(s);
- staff oversee and manage everything.

Anything outside the scope is simply absent from the queryset, so views that
use `get_object_or_404(...visible_to(user)...)` answer 404 (no existence oracle).
"""

from django.db import models
from django.db.models import Q


def _is_staff(user) -> bool:
    return bool(user.is_authenticated and (user.is_staff or user.is_superuser))


class AssociationQuerySet(models.QuerySet):
    def _contact_of(self, user) -> Q:
        return Q(
            memberships__user=user,
            memberships__active=True,
            memberships__role="contact",
        )

    def _coordinated_by(self, user) -> Q:
        return Q(municipality__region__coordinator_assignments__user=user)

    def visible_to(self, user):
        """Associations whose page the user may open: their own, overseen ones, or all for staff."""
        if not user.is_authenticated:
            return self.none()
        if _is_staff(user):
            return self.all()
        member = Q(memberships__user=user, memberships__active=True)
        return self.filter(member | self._contact_of(user) | self._coordinated_by(user)).distinct()

    def overseen_by(self, user):
        """Associations whose members and progress the user may see (contact, coordinator, staff)."""
        if not user.is_authenticated:
            return self.none()
        if _is_staff(user):
            return self.all()
        return self.filter(self._contact_of(user) | self._coordinated_by(user)).distinct()

    def managed_by(self, user):
        """Associations whose membership the user may change (contact, staff)."""
        if not user.is_authenticated:
            return self.none()
        if _is_staff(user):
            return self.all()
        return self.filter(self._contact_of(user)).distinct()


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def visible_to(self, user):
        """A person's own memberships, plus every membership of associations they oversee."""
        if not user.is_authenticated:
            return self.none()
        if _is_staff(user):
            return self.all()
        from associations.models import Association

        overseen = Association.objects.overseen_by(user).values("pk")
        return self.filter(Q(user=user) | Q(association__in=overseen))


class ScopedByAssociationQuerySet(models.QuerySet):
    """For rows that belong to an association (invitations, join requests, imports):
    visible to the person they concern and to those who oversee the association."""

    person_field = "user"

    def visible_to(self, user):
        if not user.is_authenticated:
            return self.none()
        if _is_staff(user):
            return self.all()
        from associations.models import Association

        overseen = Association.objects.overseen_by(user).values("pk")
        mine = Q(**{self.person_field: user}) if self.person_field else Q(pk__in=[])
        return self.filter(mine | Q(association__in=overseen))


class InvitationQuerySet(ScopedByAssociationQuerySet):
    person_field = "accepted_by"

    def pending(self):
        from django.utils import timezone

        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())


class JoinRequestQuerySet(ScopedByAssociationQuerySet):
    person_field = "user"

    def pending(self):
        return self.filter(status="pending")


class MemberImportQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Imports are seen by those who may manage the association's members."""
        if not user.is_authenticated:
            return self.none()
        if _is_staff(user):
            return self.all()
        from associations.models import Association

        return self.filter(association__in=Association.objects.managed_by(user).values("pk"))
