"""Who may see quiz analytics and mark reflections.

- Trainers (the Trainers and Reviewers groups) and staff see every learner's
  attempts, in aggregate, and mark reflections.
- Regional coordinators see analytics for the members of the associations
  they oversee (the scope rule: `Association.objects.overseen_by`).
- Filtering by association offers only associations the user oversees; any
  other association id answers 404.
"""

from associations.models import Association, Membership
from courses.authoring import REVIEWERS, TRAINERS


def is_trainer(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return user.groups.filter(name__in=[TRAINERS, REVIEWERS]).exists()


def is_coordinator(user) -> bool:
    return user.is_authenticated and user.coordinator_assignments.exists()


def may_view_analytics(user) -> bool:
    return is_trainer(user) or is_coordinator(user)


def may_mark(user) -> bool:
    return is_trainer(user)


def association_choices(user):
    return Association.objects.overseen_by(user).order_by("name")


def learner_scope(user, association=None):
    """A queryset of user ids whose attempts `user` may see in aggregate, or
    None for everyone. `association` must come from association_choices."""
    if association is not None:
        return Membership.objects.filter(association=association, active=True).values("user_id")
    if is_trainer(user):
        return None
    return Membership.objects.filter(association__in=association_choices(user), active=True).values("user_id")
