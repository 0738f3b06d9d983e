"""Who must use multi-factor authentication.

`accounts` is the lowest layer and cannot know about association contacts or
regional coordinators, so the apps that define those roles register a check
here (in their AppConfig.ready()). Staff, superusers and members of the
groups in settings.MFA_REQUIRED_GROUPS always need MFA.
"""

from collections.abc import Callable

from django.conf import settings

RoleCheck = Callable[[object], bool]
_role_checks: list[RoleCheck] = []


def register_mfa_requirement(check: RoleCheck) -> RoleCheck:
    """Register `check(user) -> bool`; a user for whom any check is true must enrol MFA."""
    if check not in _role_checks:
        _role_checks.append(check)
    return check


def requires_mfa(user) -> bool:
    """True when the user holds a role that may see other people's data or the admin."""
    if not user.is_authenticated:
        return False
    if user.email in getattr(settings, "MFA_EXEMPT_EMAILS", ()):
        return False
    if user.is_staff or user.is_superuser:
        return True
    groups = getattr(settings, "MFA_REQUIRED_GROUPS", ())
    if groups and user.groups.filter(name__in=groups).exists():
        return True
    return any(check(user) for check in _role_checks)
