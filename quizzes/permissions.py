"""Who may see quiz analytics and mark reflections.

- Trainers (the Trainers and Reviewers groups) and staff see every learner's
  attempts, in aggregate, and mark reflections.
- Regional coordinators see analytics for the members of the associations
  they oversee (the scope rule: `Association.objects.overseen_by`).
- Filtering by association offers only associations the user oversees; any
  other association id answers 404.
- Reflections waiting for marking: trainers and staff see (and mark) all of
  them. Coordinators see, read only, the reflections of active members of the
  associations they oversee, so they can follow up in their region; marking
  stays with trainers, who review reflections (design.md, roles). An attempt
  outside the user's marking scope answers 404, to anyone.
"""

from associations.models import Association, Membership
from courses.authoring import REVIEWERS, TRAINERS
from quizzes.models import Attempt, AttemptState


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


def may_see_marking(user) -> bool:
    return is_trainer(user) or is_coordinator(user)


def marking_scope(user):
    """Attempts awaiting marking that `user` may see: every attempt for
    trainers and staff, members of overseen associations for coordinators,
    none for anyone else."""
    attempts = Attempt.objects.filter(state=AttemptState.AWAITING_MARKING)
    if is_trainer(user):
        return attempts
    if not is_coordinator(user):
        return attempts.none()
    return attempts.filter(user_id__in=learner_scope(user))


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
