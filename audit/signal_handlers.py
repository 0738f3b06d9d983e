"""Receivers: MFA changes (allauth, a lower-level library) and hard deletion
of a user row (the log keeps the event but forgets the person)."""

from allauth.mfa import signals as mfa_signals
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from audit.actions import Action
from audit.services import forget_person, record


def _mfa_event(action, request, user, authenticator):
    signed_in = getattr(request, "user", None)
    with transaction.atomic():
        record(
            action,
            actor=signed_in if getattr(signed_in, "is_authenticated", False) else user,
            subject=user,
            target=authenticator,
            details={"kind": authenticator.type},
            request=request,
        )


@receiver(mfa_signals.authenticator_added)
def authenticator_added(sender, request, user, authenticator, **kwargs):
    _mfa_event(Action.MFA_AUTHENTICATOR_ADDED, request, user, authenticator)


@receiver(mfa_signals.authenticator_removed)
def authenticator_removed(sender, request, user, authenticator, **kwargs):
    _mfa_event(Action.MFA_AUTHENTICATOR_REMOVED, request, user, authenticator)


@receiver(mfa_signals.authenticator_reset)
def authenticator_reset(sender, request, user, authenticator, **kwargs):
    _mfa_event(Action.MFA_AUTHENTICATOR_RESET, request, user, authenticator)


@receiver(pre_delete, sender=get_user_model())
def forget_deleted_user(sender, instance, **kwargs):
    # Runs before SET_NULL clears the links, while they still find the rows.
    forget_person(instance)
