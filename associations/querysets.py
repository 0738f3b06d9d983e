"""The scope rule. Every view that shows association or member data asks
these querysets, and only these, who may see what:

- a learner sees their own memberships and the associations they belong to;
- an association contact oversees and manages their association(s);
- a regional coordinator oversees every association in their region(s), and
  reviews their readiness;
- staff (`accounts.roles.is_staff`: active, with is_staff or is_superuser)
  oversee, manage and review everything.

Anything outside the scope is simply absent from the queryset, so views that
use `get_object_or_404(...visible_to(user)...)` answer 404 (no existence oracle).

Rules that need models of higher layers are policy functions of the owning
app, built only from these querysets and `is_staff`; none defines a scope of
its own:

- `reports/scope.py`: the 404 helpers of the dashboards (regions: `regions_overseen_by`);
- `quizzes/permissions.py`: quiz analytics and reflection marking (also used
  by the course analytics of `reports`);
- `live/scope.py`: a session's trainers, its participant list, the trainer page;
- `readiness/views`: `Association.objects.reviewable_by` and `joined_by`.

Learners' data across associations (quiz marking, quiz and course analytics):
region scope wins. A person who is an association contact or a regional
coordinator (`has_oversight_role`) sees the learners of the associations they
oversee, and no others, even when they are also in the Trainers or Reviewers
group: those groups give course-authoring and marking rights, not access to
other regions' learners. A trainer with no such role, and staff, see every
learner of the courses, as trainers always have.
"""

from django.db import models
from django.db.models import Q

from accounts.roles import is_staff


def regions_overseen_by(user):
    """Regions whose figures the user may see: those they coordinate, every region for staff.

    Whoever oversees a region oversees every association in it (`_coordinated_by`)."""
    from associations.models import Region

    if not user.is_authenticated:
        return Region.objects.none()
    if is_staff(user):
        return Region.objects.all()
    return Region.objects.filter(coordinator_assignments__user=user).distinct()


def has_oversight_role(user) -> bool:
    """True when the user is an active contact of an association or a regional
    coordinator, whether or not they are also staff or a trainer. Such a person's
    view of learners' data is limited to what they oversee (module docstring)."""
    if not user.is_authenticated:
        return False
    from associations.models import CoordinatorAssignment, Membership

    return (
        CoordinatorAssignment.objects.filter(user=user).exists()
        or Membership.objects.filter(user=user, active=True, role="contact").exists()
    )


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
        if is_staff(user):
            return self.all()
        member = Q(memberships__user=user, memberships__active=True)
        return self.filter(member | self._contact_of(user) | self._coordinated_by(user)).distinct()

    def overseen_by(self, user):
        """Associations whose members and progress the user may see (contact, coordinator, staff)."""
        if not user.is_authenticated:
            return self.none()
        if is_staff(user):
            return self.all()
        return self.filter(self._contact_of(user) | self._coordinated_by(user)).distinct()

    def reviewable_by(self, user):
        """Associations whose readiness the user may review and sign off: those of
        the regions they coordinate, every one for staff. Contacts do not review."""
        if not user.is_authenticated:
            return self.none()
        if is_staff(user):
            return self.all()
        return self.filter(self._coordinated_by(user)).distinct()

    def joined_by(self, user):
        """Associations the user is an active member of, in any role. No staff
        override: only members answer their association's team self-assessment."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user, memberships__active=True).distinct()

    def answering_newcomers(self, user):
        """Associations whose newcomers' try requests the user may read and answer:
        those they are an active contact of, and those of the regions they
        coordinate. No staff override: the requests are personal data of people
        without an account, seen only by who has to answer them (activities.tryouts)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(self._contact_of(user) | self._coordinated_by(user)).distinct()

    def managed_by(self, user):
        """Associations whose membership the user may change (contact, staff)."""
        if not user.is_authenticated:
            return self.none()
        if is_staff(user):
            return self.all()
        return self.filter(self._contact_of(user)).distinct()


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def visible_to(self, user):
        """A person's own memberships, plus every membership of associations they oversee."""
        if not user.is_authenticated:
            return self.none()
        if is_staff(user):
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
        if is_staff(user):
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
        if is_staff(user):
            return self.all()
        from associations.models import Association

        return self.filter(association__in=Association.objects.managed_by(user).values("pk"))
