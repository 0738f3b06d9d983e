"""The audit log: one append-only record of administrative and personal-data
actions. Every app writes to it through `audit.record(...)`.

This module imports no models at import time (apps import it from their own
modules while Django is still loading), so `record` defers to
`audit.services`.
"""

from audit.actions import Action

__all__ = ["Action", "forget_person", "record"]


def record(action, *, actor, subject=None, association=None, target=None, details=None, request=None):
    """Write one audit event; see `audit.services.record` for the guarantees."""
    from audit.services import record as _record

    return _record(
        action,
        actor=actor,
        subject=subject,
        association=association,
        target=target,
        details=details,
        request=request,
    )


def forget_person(user) -> int:
    """Cut the log's links to `user` and their name; see `audit.services.forget_person`."""
    from audit.services import forget_person as _forget_person

    return _forget_person(user)
