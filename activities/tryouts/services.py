"""The business of a try request: sending it, answering it, recording what
happened, deleting it.

Guarantees:
- `send_request` stores the request and notifies the association's welcome
  contacts in one transaction: the notification exists exactly when the
  request does; the newcomer's confirmation e-mail goes only after commit
  and a failing mail server loses nothing (the request is stored).
- `answer_request` records the answer and mails it to the newcomer (when an
  e-mail address was given) in the newcomer's language, after commit;
  `answer_mailed_at` is set only when the mail server accepted it. Answering
  again replaces the answer (a new date, a changed mind) and mails again.
- `record_outcome` is idempotent for the same outcome; the outcome may be
  corrected, and its time is when it was last set (retention counts from it).
- `delete_request` writes its audit event in the deletion's transaction
  (docs/audit.md): no deletion without its event, no event without the deletion.
- None of them checks who may act: views pass only requests from
  `TryRequest.objects.visible_to(user)`.
"""

from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

import audit
from activities.models import TryRequest
from activities.tryouts import notices


@dataclass(frozen=True)
class NewRequest:
    first_name: str
    language: str
    email: str = ""
    phone: str = ""
    message: str = ""


def status_path(try_request: TryRequest) -> str:
    """The newcomer's status page in their language (no account: the token is the key)."""
    with translation.override(try_request.language):
        return reverse("activities:try_status", args=[try_request.token])


def send_request(activity, data: NewRequest) -> TryRequest:
    """Store a newcomer's request for `activity` and tell its welcome contacts."""
    with transaction.atomic():
        try_request = TryRequest.objects.create(
            activity=activity,
            first_name=data.first_name,
            email=data.email,
            phone=data.phone,
            language=data.language,
            message=data.message,
            consented_at=timezone.now(),
        )
        notices.try_requested(try_request)
    if try_request.email:
        pk = try_request.pk
        transaction.on_commit(lambda: notices.mail_newcomer.enqueue(pk, "received"))
    return try_request


def answer_request(try_request: TryRequest, *, answer: str, by, visit_at=None, note: str = "") -> TryRequest:
    """Record the contact's answer and mail it to the newcomer (see the module docstring)."""
    if answer not in {TryRequest.Answer.VISIT, TryRequest.Answer.CALL, TryRequest.Answer.DECLINED}:
        raise ValueError(f"Unknown answer {answer!r}")
    with transaction.atomic():
        try_request.answer = answer
        try_request.visit_at = visit_at if answer == TryRequest.Answer.VISIT else None
        try_request.answer_note = note
        try_request.answered_at = timezone.now()
        try_request.answered_by = by
        try_request.answer_mailed_at = None
        try_request.save(
            update_fields=["answer", "visit_at", "answer_note", "answered_at", "answered_by", "answer_mailed_at"]
        )
    if try_request.email:
        pk = try_request.pk
        answered_at = try_request.answered_at.isoformat()
        transaction.on_commit(lambda: notices.mail_newcomer.enqueue(pk, "answered", answered_at))
    return try_request


def record_outcome(try_request: TryRequest, outcome: str) -> TryRequest:
    """Record what happened after the answer (see the module docstring)."""
    if outcome not in {TryRequest.Outcome.VISITED, TryRequest.Outcome.JOINED, TryRequest.Outcome.NO_SHOW}:
        raise ValueError(f"Unknown outcome {outcome!r}")
    if try_request.outcome == outcome:
        return try_request
    try_request.outcome = outcome
    try_request.outcome_at = timezone.now()
    try_request.save(update_fields=["outcome", "outcome_at"])
    return try_request


def delete_request(try_request: TryRequest, *, by=None, request=None) -> None:
    """Delete one request at once (the newcomer asked, or it is spam), keeping
    only its anonymous count, as the retention purge would, and recording who
    deleted it (`by`: the contact or coordinator; None: the newcomer from their
    status page). Deleting an already deleted request does nothing."""
    from activities.tryouts.retention import add_to_counts, count_key

    with transaction.atomic():
        deleted, _by_model = TryRequest.objects.filter(pk=try_request.pk).delete()
        if deleted:
            add_to_counts(*count_key(try_request), 1)
            record_access(audit.Action.TRY_REQUEST_DELETED, try_request, by=by, request=request)


def record_access(action, try_request: TryRequest, *, by, request=None) -> None:
    """One audit event about a try request: the association, the request's id
    and its activity, never the newcomer's name or address (the log outlives
    the request by years; docs/audit.md)."""
    details = {"activity": try_request.activity_id, "by": "association" if by is not None else "newcomer"}
    audit.record(
        action,
        actor=by,
        association=try_request.activity.association,
        target=try_request,
        details=details,
        request=request,
    )
