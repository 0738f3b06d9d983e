"""Who may edit readiness frameworks: the "Readiness coordinators" group.

Membership of the group is derived, never granted by hand: a person is in it
exactly while they hold at least one regional coordinator assignment
(associations.CoordinatorAssignment). `readiness.signal_handlers` calls
`sync_coordinator_group` on every change of an assignment, and
`sync_all_coordinator_groups` repairs memberships after every migrate and
from the `sync_readiness_coordinators` command."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from associations.models import CoordinatorAssignment

READINESS_COORDINATORS = "Readiness coordinators"


def ensure_coordinator_group() -> Group:
    """The group with admin access and the framework permissions. Idempotent."""
    group, _created = Group.objects.get_or_create(name=READINESS_COORDINATORS)
    wanted = Permission.objects.filter(
        content_type__app_label="readiness",
        codename__in=["add_framework", "change_framework", "view_framework", "delete_framework"],
    ) | Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(*wanted)
    return group


def _sync(user, group: Group) -> bool:
    is_coordinator = CoordinatorAssignment.objects.filter(user=user).exists()
    if is_coordinator:
        user.groups.add(group)
    else:
        user.groups.remove(group)
    return is_coordinator


def sync_coordinator_group(user) -> bool:
    """Put the user in the group if they hold any coordinator assignment and
    take them out otherwise, whatever put them there. Idempotent; returns
    whether the user is in the group afterwards."""
    return _sync(user, ensure_coordinator_group())


def sync_coordinator_groups_of(user_ids) -> None:
    """`sync_coordinator_group` for each of these users (ids of deleted users are skipped)."""
    ids = {pk for pk in user_ids if pk is not None}
    if not ids:
        return
    group = ensure_coordinator_group()
    for user in get_user_model().objects.filter(pk__in=ids):
        _sync(user, group)


@transaction.atomic
def sync_all_coordinator_groups() -> tuple[int, int]:
    """Repair every membership: everyone in the group and everyone with an
    assignment is synced. Idempotent; returns (members after, removed)."""
    group = ensure_coordinator_group()
    candidates = get_user_model().objects.filter(groups=group) | get_user_model().objects.filter(
        coordinator_assignments__isnull=False
    )
    removed = 0
    members = 0
    for user in candidates.distinct():
        if _sync(user, group):
            members += 1
        else:
            removed += 1
    return members, removed
