"""Membership of "Readiness coordinators" follows from coordinator assignments
(readiness.permissions): every way an assignment can be created, moved to
another user or removed re-derives the group of the users it concerns.

Changes that send no signal (QuerySet.update(), raw SQL) are repaired by
`sync_all_coordinator_groups`, run after every migrate and by the
`sync_readiness_coordinators` command."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from associations.models import CoordinatorAssignment, Region
from readiness.permissions import sync_all_coordinator_groups, sync_coordinator_groups_of


@receiver(pre_save, sender=CoordinatorAssignment, dispatch_uid="readiness_coordinator_previous_user")
def remember_previous_coordinator(sender, instance, raw=False, **kwargs):
    """An existing assignment may be moved to another user: remember who had it."""
    if raw or instance.pk is None:
        return
    instance._readiness_previous_user_id = (
        CoordinatorAssignment.objects.filter(pk=instance.pk).values_list("user_id", flat=True).first()
    )


@receiver(post_save, sender=CoordinatorAssignment, dispatch_uid="readiness_coordinator_group")
def sync_group_after_assignment_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    previous = getattr(instance, "_readiness_previous_user_id", None)
    sync_coordinator_groups_of([instance.user_id, previous])


@receiver(post_delete, sender=CoordinatorAssignment, dispatch_uid="readiness_coordinator_group_deleted")
def sync_group_after_assignment_deleted(sender, instance, **kwargs):
    sync_coordinator_groups_of([instance.user_id])


@receiver(m2m_changed, sender=Region.coordinators.through, dispatch_uid="readiness_coordinator_group_m2m")
def sync_group_after_region_coordinators_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """`region.coordinators.add/remove/clear()` (and `user.coordinated_regions`)
    write assignments without post_save or post_delete."""
    if action == "pre_clear" and not reverse:
        # After the clear the ids are gone: remember them now.
        instance._readiness_cleared_user_ids = list(instance.coordinators.values_list("pk", flat=True))
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        user_ids = [instance.pk]
    elif action == "post_clear":
        user_ids = getattr(instance, "_readiness_cleared_user_ids", [])
    else:
        user_ids = pk_set or []
    sync_coordinator_groups_of(user_ids)


def grant_framework_permissions(sender, **kwargs):
    """After migrate (permissions exist only then): re-derive every membership,
    which also removes memberships left behind before they were derived. Idempotent."""
    sync_all_coordinator_groups()
