"""Who may edit readiness frameworks: the "Readiness coordinators" group,
which every regional coordinator (CoordinatorAssignment) belongs to."""

from django.contrib.auth.models import Group, Permission

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


def grant_to_coordinators(users) -> None:
    group = ensure_coordinator_group()
    for user in users:
        user.groups.add(group)
