"""Who must use multi-factor authentication.

MFA follows from what a person may do, not from the names of their groups:

- staff and superusers;
- anyone holding a permission that opens the admin or other people's data
  (`SENSITIVE_PERMISSIONS`), whether given to them or to one of their groups
  (Live trainers and Readiness coordinators reach the admin this way);
- anyone for whom a role check registered by a higher app is true.
  `accounts` is the lowest layer and cannot know about association contacts,
  regional coordinators or session trainers, so the apps that define those
  roles register a check here (in their AppConfig.ready()).

settings.MFA_REQUIRED_GROUPS remains only as an extra, for groups whose
powers come from their name rather than from a permission.
"""

from collections.abc import Callable

from django.conf import settings

from accounts.roles import is_staff

RoleCheck = Callable[[object], bool]
_role_checks: list[RoleCheck] = []

# Permissions that let someone see or change other people's accounts or reach
# the admin (where member data, submissions and exports live).
SENSITIVE_PERMISSIONS = frozenset(
    {
        "wagtailadmin.access_admin",
        "accounts.view_user",
        "accounts.change_user",
        "accounts.delete_user",
        "auth.change_group",
    }
)


def register_mfa_requirement(check: RoleCheck) -> RoleCheck:
    """Register `check(user) -> bool`; a user for whom any check is true must enrol MFA."""
    if check not in _role_checks:
        _role_checks.append(check)
    return check


def holds_sensitive_permission(user) -> bool:
    """True when the user, directly or through a group, holds a permission in
    SENSITIVE_PERMISSIONS. Goes through the authentication backends (one
    cached permission lookup per request), so it sees what `has_perm` sees."""
    return not SENSITIVE_PERMISSIONS.isdisjoint(user.get_all_permissions())


def requires_mfa(user) -> bool:
    """True when the user holds a role that may see other people's data or the admin."""
    if not user.is_authenticated:
        return False
    if user.email in getattr(settings, "MFA_EXEMPT_EMAILS", ()):
        return False
    if is_staff(user):
        return True
    if holds_sensitive_permission(user):
        return True
    groups = getattr(settings, "MFA_REQUIRED_GROUPS", ())
    if groups and user.groups.filter(name__in=groups).exists():
        return True
    return any(check(user) for check in _role_checks)
