"""Readiness business processes. Views call these; each states its guarantee.

Lifecycle: not started → in progress (derived from the evidence) → ready for
review (the contact submits once every criterion is met) → approved until a
date (a coordinator signs off) or returned for changes → lapsed (the date
passes). Submission is an explicit act of the contact, not automatic: the
contact declares the evidence final (plan text, self-assessment), which gives
coordinators a clear review queue and keeps the status from flickering into
and out of review as members join, leave or finish courses.
"""

from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

import audit
from readiness import notices
from readiness.evaluation import evaluate
from readiness.models import (
    Approval,
    AssociationReadiness,
    ReadinessEvent,
    Reminder,
    SelfAssessmentAnswer,
)
from readiness.signals import readiness_approved
from readiness.statements import STATEMENT_KEYS

# Renewal may be submitted this many days before the current approval lapses.
RENEWAL_WINDOW_DAYS = 120


def add_years(day: date, years: int) -> date:
    """The same date `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class ReadinessError(Exception):
    """An action that cannot be done now; the message is for the person who tried."""


def _record_for_update(association) -> AssociationReadiness:
    """The association's record, locked for the rest of the transaction (created if missing)."""
    AssociationReadiness.objects.get_or_create(association=association)
    return AssociationReadiness.objects.select_for_update().get(association=association)


def log(association, kind: str, actor=None, comment: str = "") -> ReadinessEvent:
    return ReadinessEvent.objects.create(association=association, kind=kind, actor=actor, comment=comment)


@transaction.atomic
def name_contacts(association, actor, *, welcome_contact, harassment_contact, welcome_phone="", harassment_phone=""):
    """Name the welcome/inclusion and harassment contacts (active members; the form checks)."""
    record = _record_for_update(association)
    record.welcome_contact = welcome_contact
    record.harassment_contact = harassment_contact
    record.welcome_contact_phone = welcome_phone
    record.harassment_contact_phone = harassment_phone
    record.save()
    log(association, ReadinessEvent.Kind.CONTACTS_NAMED, actor)
    return record


@transaction.atomic
def save_plan(association, actor, *, upload=None, board_approved_on: date, review_date: date):
    """Store the plan's dates and, when given, a new (already validated) file.
    The previous file stays in storage: the history may refer to it."""
    record = _record_for_update(association)
    if upload is not None:
        record.plan_file.save(upload.name, upload, save=False)
        record.plan_filename = upload.name[:255]
        record.plan_uploaded_at = timezone.now()
    record.plan_board_approved_on = board_approved_on
    record.plan_review_date = review_date
    record.save()
    log(association, ReadinessEvent.Kind.PLAN_UPLOADED, actor, record.plan_filename)
    return record


@transaction.atomic
def save_measures(association, actor, *, measures: str, public_summary: str):
    record = _record_for_update(association)
    record.low_threshold_measures = measures
    record.public_summary = public_summary
    record.save()
    log(association, ReadinessEvent.Kind.MEASURES_SAVED, actor)
    return record


def save_self_assessment(association, user, ratings: dict[str, int]) -> None:
    """Store a member's own ratings. Idempotent: answering again updates the
    member's answers, never duplicates them; unknown statements are ignored."""
    with transaction.atomic():
        for statement, rating in ratings.items():
            if statement not in STATEMENT_KEYS or int(rating) not in (1, 2, 3, 4):
                continue
            _save_answer(association, user, statement, int(rating))


def _save_answer(association, user, statement: str, rating: int) -> None:
    values = {"rating": rating, "answered_at": timezone.now()}
    key = {"association": association, "user": user, "statement": statement}
    try:
        with transaction.atomic():
            SelfAssessmentAnswer.objects.update_or_create(**key, defaults=values)
    except IntegrityError:  # the same person's concurrent request created it first
        SelfAssessmentAnswer.objects.filter(**key).update(**values)


def submit_for_review(association, actor) -> None:
    """The contact submits when every criterion is met. Refuses (ReadinessError)
    when criteria are missing, when already waiting for review, or when a valid
    approval is not yet near its end. The region's coordinators are notified
    (their e-mail goes after commit; a failing mail server never fails the
    submission, and the notification stays in their centre)."""
    with transaction.atomic():
        record = _record_for_update(association)
        evaluation = evaluate(association)
        if record.submitted_at is not None:
            raise ReadinessError(_("The readiness is already waiting for review."))
        if not evaluation.met:
            raise ReadinessError(_("Not every criterion is met yet: see what is missing below."))
        latest = evaluation.latest_approval
        if latest and latest.valid_until > timezone.localdate() + timedelta(days=RENEWAL_WINDOW_DAYS):
            raise ReadinessError(_("The readiness is approved; renewal opens closer to its end date."))
        record.submitted_at = timezone.now()
        record.save(update_fields=["submitted_at", "updated_at"])
        log(association, ReadinessEvent.Kind.SUBMITTED, actor)
        notices.submitted(association, record.submitted_at)


def comment(association, actor, text: str) -> ReadinessEvent:
    return log(association, ReadinessEvent.Kind.COMMENTED, actor, text)


def return_for_changes(association, actor, text: str) -> None:
    """The coordinator sends a submission back with a comment; the contact can
    submit again. The association's contacts are notified, with the comment."""
    with transaction.atomic():
        record = _record_for_update(association)
        if record.submitted_at is None:
            raise ReadinessError(_("There is no submission waiting for review."))
        record.submitted_at = None
        record.save(update_fields=["submitted_at", "updated_at"])
        event = log(association, ReadinessEvent.Kind.RETURNED, actor, text)
        notices.returned(association, event)
        audit.record(audit.Action.READINESS_RETURNED, actor=actor, association=association, target=record)


def approve(association, actor, text: str = "") -> Approval:
    """Sign off a submission: an approval valid for the framework's validity period.

    Exactly once per submission: the record row is locked and the submission
    cleared in the same transaction, so a second (or concurrent) approval
    finds nothing to approve. `readiness_approved` is sent after commit; the
    association's contacts are notified once per approval."""
    from readiness.reporting import public_profile_url

    with transaction.atomic():
        record = _record_for_update(association)
        if record.submitted_at is None:
            raise ReadinessError(_("There is no submission waiting for review."))
        evaluation = evaluate(association)
        if not evaluation.met:
            raise ReadinessError(_("Not every criterion is met any more: return it to the contact or wait."))
        framework = evaluation.framework
        approval = Approval.objects.create(
            association=association,
            framework=framework,
            approved_by=actor,
            comment=text,
            valid_until=add_years(timezone.localdate(), framework.validity_years),
        )
        record.submitted_at = None
        record.save(update_fields=["submitted_at", "updated_at"])
        log(association, ReadinessEvent.Kind.APPROVED, actor, text)
        notices.approved(association, approval)
        audit.record(
            audit.Action.READINESS_APPROVED,
            actor=actor,
            association=association,
            target=approval,
            details={"valid_until": approval.valid_until},
        )
        evidence_url = public_profile_url(association)
        transaction.on_commit(
            lambda: readiness_approved.send(
                sender=Approval, association=association, approval=approval, evidence_url=evidence_url
            )
        )
    return approval


def send_reminders(today: date | None = None) -> int:
    """Notify the contacts of associations whose approval lapses soon, at each
    of the framework's reminder days; log lapses. Idempotent: each (approval,
    days) reminder and each lapse is recorded once, so running this any number
    of times a day sends each reminder once. The reminder is a notification
    (with a dedupe key per reminder point): a mail server that refuses it loses
    nothing, the notification stays and its e-mail is retried by the
    notifications app. Returns the number of reminders that reached a contact."""
    today = today or timezone.localdate()
    from readiness.reporting import current_approvals

    sent = 0
    for approval in current_approvals():
        if approval.valid_until < today:
            continue
        days_left = (approval.valid_until - today).days
        due = [d for d in approval.framework.reminder_days_sorted if days_left <= d]
        if not due:
            continue
        days = min(due)  # the closest reminder point reached; earlier ones are not sent late
        try:
            with transaction.atomic():
                Reminder.objects.create(approval=approval, days_before=days)
                reached = notices.lapsing(approval, days, days_left)
                log(approval.association, ReadinessEvent.Kind.REMINDER_SENT, None, approval.valid_until.isoformat())
            sent += 1 if reached else 0
        except IntegrityError:
            continue  # already sent
    _log_lapses(today)
    return sent


def _log_lapses(today: date) -> None:
    """Record a 'lapsed' event once for each association whose latest approval has ended."""
    lapsed_logged = set(
        ReadinessEvent.objects.filter(kind=ReadinessEvent.Kind.LAPSED).values_list("association_id", "comment")
    )
    latest = {}
    for approval in Approval.objects.filter(valid_until__lt=today).order_by("association_id", "-approved_at"):
        latest.setdefault(approval.association_id, approval)
    renewed = set(
        Approval.objects.filter(valid_until__gte=today, association_id__in=latest).values_list(
            "association_id", flat=True
        )
    )
    for association_id, approval in latest.items():
        key = (association_id, approval.valid_until.isoformat())
        if association_id in renewed or key in lapsed_logged:
            continue
        ReadinessEvent.objects.create(
            association_id=association_id, kind=ReadinessEvent.Kind.LAPSED, comment=approval.valid_until.isoformat()
        )
