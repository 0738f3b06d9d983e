"""Writing to the audit log."""

import ipaddress
import json

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder

from audit.actions import Action
from audit.models import AuditEvent

MAX_DETAILS_CHARS = 2000
# Details are shown to staff and contacts: they must never carry credentials.
FORBIDDEN_DETAIL_WORDS = ("password", "secret", "token", "otp", "recovery")
LABEL_CHARS = 200


def person_label(user) -> str:
    """How a person is named in the log: their name at the time, else their e-mail."""
    if user is None:
        return ""
    return ((user.get_full_name() or "").strip() or user.email or f"#{user.pk}")[:LABEL_CHARS]


def _target_fields(target) -> dict:
    if target is None:
        return {}
    key = "" if target.pk is None else str(target.pk)  # None: already deleted (a removed authenticator)
    return {
        "target_type": ContentType.objects.get_for_model(target, for_concrete_model=True),
        "target_id": key,
        # The model and the key, never str(target): an invitation's or a
        # membership's text holds names and addresses, which the log keeps
        # only in the subject label (cleared when the account is deleted).
        "target_repr": f"{target._meta.label_lower} #{key}" if key else target._meta.label_lower,
    }


def _checked_details(details) -> dict:
    details = dict(details or {})
    for key in details:
        if any(word in str(key).lower() for word in FORBIDDEN_DETAIL_WORDS):
            raise ValueError(f"Audit details must not carry credentials ({key!r}).")
    if len(json.dumps(details, cls=DjangoJSONEncoder)) > MAX_DETAILS_CHARS:
        raise ValueError(f"Audit details are limited to {MAX_DETAILS_CHARS} characters.")
    # Stored as the encoder writes it (dates become ISO strings).
    return json.loads(json.dumps(details, cls=DjangoJSONEncoder))


def client_ip(request) -> str | None:
    """The client's address as allauth sees it (honours TRUSTED_PROXY_COUNT); None if unknown."""
    if request is None:
        return None
    from allauth.account.adapter import get_adapter

    try:
        candidate = get_adapter(request).get_client_ip(request)
        return str(ipaddress.ip_address(candidate))
    except (PermissionDenied, ValueError):
        return None


def record(action, *, actor, subject=None, association=None, target=None, details=None, request=None) -> AuditEvent:
    """Append one event to the audit log and return it.

    - `action`: an `audit.Action`; `actor`: the user who did it (None for the
      system, e.g. an automatic course badge); `subject`: the user it
      concerns, or a string (an invited address) when there is no account;
      `association`: any object with `pk` and a name; `target`: the model
      instance acted on; `details`: a small JSON-able dict (at most 2,000
      characters, no credentials); `request`: gives the client's IP address.

    Guarantee: the row is written at once, through the caller's database
    connection and inside the caller's transaction. Call it inside the same
    `transaction.atomic()` block as the change it records: if that block
    rolls back, the event goes with it, and if writing the event fails, the
    change fails too. There is never a recorded action that did not happen.
    Raises ValueError for an unknown action or unacceptable details (a
    programming error, so the change it belongs to fails loudly).
    """
    action = Action(action)
    subject_user = subject if hasattr(subject, "pk") else None
    subject_label = person_label(subject_user) if subject_user is not None else str(subject or "")[:LABEL_CHARS]
    actor_user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        action=action,
        actor=actor_user,
        actor_label=person_label(actor_user),
        subject=subject_user,
        subject_label=subject_label,
        association_id=association.pk if association is not None else None,
        association_label=str(association)[:LABEL_CHARS] if association is not None else "",
        details=_checked_details(details),
        ip=client_ip(request),
        **_target_fields(target),
    )


def forget_person(user) -> int:
    """Cut the log's links to `user` and replace their name and address with a
    non-identifying label; keep the events. Called when an account is
    deleted, in the deletion's transaction. Idempotent."""
    return AuditEvent.objects.forget_person(user)
