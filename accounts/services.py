"""Account processes: the profile part of the personal-data export, and
account deletion."""

import uuid
from importlib import import_module
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

import audit
from accounts.signals import account_deleting


def _choice(user, field: str) -> dict[str, str] | None:
    """A choice field as {"code", "label"} (label in the active language), or None when unset."""
    code = getattr(user, field)
    if not code:
        return None
    return {"code": code, "label": str(getattr(user, f"get_{field}_display")())}


def profile_data(user) -> dict[str, Any]:
    """What the `accounts` app holds about `user`, for the personal-data export.

    Contains the login e-mail, names, preferred language, the optional funder
    facts (code and label), home municipality, join and last-login times, the
    e-mail addresses and which kinds of MFA authenticator are set up. Never
    contains secrets: no password hash, TOTP secret, recovery codes or
    security-key credentials.
    """
    municipality = user.municipality
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "gender": _choice(user, "gender"),
        "age_group": _choice(user, "age_band"),
        "employment_status": _choice(user, "employment_status"),
        "education_level": _choice(user, "education_level"),
        "home_municipality": municipality.name if municipality else None,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "two_factor_authenticators": [
            {
                "type": authenticator.type,
                "created_at": authenticator.created_at,
                "last_used_at": authenticator.last_used_at,
            }
            for authenticator in Authenticator.objects.filter(user=user).order_by("created_at", "pk")
        ],
    }


def delete_user_sessions(user) -> int:
    """Delete every stored session logged in as `user`; return how many.

    Works with the database-backed session engines (`db`, `cached_db`, which
    production uses): the cached copy is dropped too. With a cache-only engine
    the sessions cannot be listed, but they stop working anyway because the
    anonymised row has an unusable password (the session hash no longer
    matches) and is inactive.
    """
    engine = import_module(settings.SESSION_ENGINE)
    store_class = engine.SessionStore
    if not hasattr(store_class, "get_model_class"):
        return 0
    model = store_class.get_model_class()
    user_id = str(user.pk)
    deleted = 0
    rows = model.objects.filter(expire_date__gt=timezone.now()).values_list("session_key", "session_data")
    for session_key, session_data in rows.iterator():
        if str(store_class().decode(session_data).get("_auth_user_id")) == user_id:
            store_class(session_key=session_key).delete()
            deleted += 1
    return deleted


def delete_account(user):
    """Delete `user`'s account and personal data; return the anonymised user.

    Guarantees, all in one transaction (all or nothing):

    - `accounts.signals.account_deleting` is sent first, so every app removes
      or anonymises its own personal data for the user;
    - the row stays, anonymised: e-mail `deleted-<uuid>@invalid.example`,
      names and preferred language blank, unusable password, inactive, no
      staff or superuser flag, groups or permissions, `anonymised_at` set;
    - the funder facts (gender, age group, employment status, education,
      municipality) are kept on the anonymous row so aggregate totals stay
      right;
    - allauth e-mail addresses, MFA authenticators and the user's sessions are
      deleted.

    Idempotent: for an already anonymised user nothing happens.
    """
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if user.anonymised_at is not None:
            return user
        account_deleting.send(sender=User, user=user)
        # Recorded, then the person forgotten: the log keeps that an account
        # was deleted, and every event by or about them, but not who they were.
        audit.record(audit.Action.ACCOUNT_DELETED, actor=user, subject=user)
        audit.forget_person(user)
        user.email = f"deleted-{uuid.uuid4().hex}@invalid.example"
        user.first_name = ""
        user.last_name = ""
        user.preferred_language = ""
        user.set_unusable_password()
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.last_login = None
        user.anonymised_at = timezone.now()
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        delete_user_sessions(user)
    return user
