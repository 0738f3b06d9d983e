"""The one "is staff" rule. Every scope rule and policy asks this, never
`user.is_staff` or `user.is_superuser` directly.

Staff means an active, authenticated account with `is_staff` or
`is_superuser`: either flag gives the umbrella organisation's powers (see
everything, manage everything), and an inactive or anonymous user has none.

(The Django admin's own gate, `accounts/admin_login.py`, keeps Django's rule
of `is_active and is_staff`: that decides who may open the Django admin, not
whose data someone may see.)
"""


def is_staff(user) -> bool:
    """True for an active, authenticated user with is_staff or is_superuser."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active and (user.is_staff or user.is_superuser))
