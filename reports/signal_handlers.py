"""Receivers connected in ReportsConfig.ready(): reports is the top layer, so
it listens to the progress rows of `courses` instead of `courses` calling up.

They keep `CourseStart` (reports/course_starts.py) true for every change made
through the ORM: services.complete_step creates the enrolment first, tests
and imports may create the step completion first; either order is counted.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from associations.models import CoordinatorAssignment, Membership
from courses.models import Enrolment, StepCompletion
from reports import course_starts, navigation


@receiver(post_save, sender=StepCompletion, dispatch_uid="reports_start_on_step")
@receiver(post_save, sender=Enrolment, dispatch_uid="reports_start_on_enrolment")
def mark_started(sender, instance, created, raw=False, **kwargs):
    if created and not raw:  # loaddata (raw) is followed by `manage.py sync_course_starts`
        course_starts.mark_started(instance.user_id, instance.course_key)


@receiver(post_delete, sender=StepCompletion, dispatch_uid="reports_unstart_on_step_delete")
def unmark_started(sender, instance, **kwargs):
    course_starts.unmark_if_no_steps(instance.user_id, instance.course_key)


# --- the Work menu (reports/navigation.py) follows a person's roles at once ---


def _forget_now_and_on_commit(user_pk) -> None:
    navigation.forget(user_pk)
    transaction.on_commit(lambda: navigation.forget(user_pk))  # a page rendered before the commit


@receiver(post_save, sender=Membership, dispatch_uid="reports_work_menu_membership_save")
@receiver(post_delete, sender=Membership, dispatch_uid="reports_work_menu_membership_delete")
@receiver(post_save, sender=CoordinatorAssignment, dispatch_uid="reports_work_menu_coordinator_save")
@receiver(post_delete, sender=CoordinatorAssignment, dispatch_uid="reports_work_menu_coordinator_delete")
def forget_work_menu_of_role_holder(sender, instance, **kwargs):
    _forget_now_and_on_commit(instance.user_id)


@receiver(post_save, sender=get_user_model(), dispatch_uid="reports_work_menu_account")
def forget_work_menu_of_account(sender, instance, **kwargs):
    """Staff and active flags are on the account."""
    _forget_now_and_on_commit(instance.pk)


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="reports_work_menu_groups")
def forget_work_menu_on_group_change(sender, instance, action, reverse, pk_set, **kwargs):
    """user.groups.add(...) or group.user_set.add(...): the trainer roles are groups."""
    if not reverse:
        if action.startswith("post_"):
            _forget_now_and_on_commit(instance.pk)
        return
    if action == "pre_clear":  # a group emptied: its members are known only before
        users = list(instance.user_set.values_list("pk", flat=True))
    elif action in ("post_add", "post_remove"):
        users = pk_set or ()
    else:
        return
    for user_pk in users:
        _forget_now_and_on_commit(user_pk)
