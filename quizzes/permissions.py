"""Who may see quiz analytics and mark reflections. Built only from the scope
rule (`associations/querysets.py`) and `is_staff`; the course analytics of
`reports` use the same functions.

- Rights: trainers (the Trainers and Reviewers groups) and staff open quiz
  analytics and mark reflections; regional coordinators open analytics and
  see, read only, the reflections waiting for marking, so they can follow
  up in their region; marking stays with trainers (design.md, roles).
- Whose data (region scope wins): staff, and trainers who are neither an
  association contact nor a regional coordinator, see every learner, as
  trainers always have. Anyone with such a role sees only the active members
  of the associations they oversee (`Association.objects.overseen_by`), even
  when they are also a trainer or reviewer: the group gives course-authoring
  and marking rights, not access to other regions' learners.
- Filtering by association offers only associations the user oversees; any
  other association id answers 404. An attempt outside the user's scope
  answers 404, to anyone.
"""

from associations.models import Association, Membership
from associations.querysets import has_oversight_role, is_staff
from courses.authoring import REVIEWERS, TRAINERS
from quizzes.models import Attempt, AttemptState


def is_trainer(user) -> bool:
    """Staff, or in the Trainers or Reviewers group: may author and mark."""
    if not user.is_authenticated:
        return False
    if is_staff(user):
        return True
    return user.groups.filter(name__in=[TRAINERS, REVIEWERS]).exists()


def is_coordinator(user) -> bool:
    return user.is_authenticated and user.coordinator_assignments.exists()


def sees_every_learner(user) -> bool:
    """Staff, and trainers with no association or region of their own."""
    if is_staff(user):
        return True
    return is_trainer(user) and not has_oversight_role(user)


def may_view_analytics(user) -> bool:
    return is_trainer(user) or is_coordinator(user)


def may_mark(user) -> bool:
    return is_trainer(user)


def may_see_marking(user) -> bool:
    return is_trainer(user) or is_coordinator(user)


def marking_scope(user):
    """Attempts awaiting marking that `user` may see: every one for those who
    see every learner, the overseen associations' members' for other trainers
    and coordinators, none for anyone else."""
    attempts = Attempt.objects.filter(state=AttemptState.AWAITING_MARKING)
    if not may_see_marking(user):
        return attempts.none()
    scope = learner_scope(user)
    return attempts if scope is None else attempts.filter(user_id__in=scope)


def markable_attempts(user):
    """Attempts `user` may open on the marking page. Markers also reach graded
    attempts of learners in their scope (a mark can be corrected); coordinators
    who do not mark reach only those awaiting marking."""
    if not may_mark(user):
        return marking_scope(user)
    attempts = Attempt.objects.exclude(state=AttemptState.OPEN)
    scope = learner_scope(user)
    return attempts if scope is None else attempts.filter(user_id__in=scope)


def association_choices(user):
    return Association.objects.overseen_by(user).order_by("name")


def learner_scope(user, association=None):
    """A queryset of user ids whose attempts `user` may see in aggregate, or
    None for everyone. `association` must come from association_choices."""
    if association is not None:
        return Membership.objects.filter(association=association, active=True).values("user_id")
    if sees_every_learner(user):
        return None
    return Membership.objects.filter(association__in=association_choices(user), active=True).values("user_id")
