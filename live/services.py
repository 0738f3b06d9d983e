"""Registration, waiting list, attendance and calendar feeds.

Guarantees, for every function here:
- idempotent: repeating a call (double click, retry, two tabs) changes
  nothing more and returns the same row;
- safe under concurrency: registering, cancelling and promoting lock the
  session row (select_for_update), so the number of registered people never
  exceeds the capacity and each freed place goes to exactly one person;
- translations share one session: rows always point at the session's
  canonical page (its default-language version when that exists);
- e-mails (confirmation, promotion, cancellation of a session) are queued
  after the transaction commits, once per change.
"""

import contextlib
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant

from courses.services import LearningError, complete_step, course_of
from live.models import (
    Attendance,
    AttendanceMethod,
    CalendarFeed,
    CheckInCode,
    Confirmation,
    LiveSessionPage,
    Registration,
    RegistrationStatus,
    SessionCancellation,
)
from live.models.people import new_check_in_code as new_code
from live.scope import is_trainer_of


class LiveError(Exception):
    """An action on a session that cannot be done; the message is for the person."""


@dataclass(frozen=True)
class Outcome:
    registration: Registration
    changed: bool


def canonical_session(session: LiveSessionPage) -> LiveSessionPage:
    """The session page that holds registrations: the default-language
    translation when it exists, else the page itself."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if session.locale.language_code == default:
        return session
    return (
        LiveSessionPage.objects.filter(translation_key=session.translation_key, locale__language_code=default).first()
        or session
    )


def _locked(session: LiveSessionPage) -> LiveSessionPage:
    """Lock the session row for the rest of the transaction and re-read it."""
    return LiveSessionPage.objects.select_for_update().get(pk=session.pk)


def _local(value) -> str:
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def registration_of(user, session: LiveSessionPage) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(session=canonical_session(session), user=user).first()


def register(user, session: LiveSessionPage, now=None, *, notify: bool = True) -> Outcome:
    """Register `user`, or put them on the waiting list when the session is full.

    Already registered or waiting: nothing changes (changed=False). Refuses
    (LiveError) a session that is cancelled, not published, has started, or
    whose registration deadline has passed. A change queues one confirmation
    e-mail after commit (`notify=False`: the demo seeds quietly).
    """
    now = now or timezone.now()
    session = canonical_session(session)
    with transaction.atomic():
        session = _locked(session)
        existing = Registration.objects.filter(session=session, user=user).first()
        if existing is not None and existing.status != RegistrationStatus.CANCELLED:
            return Outcome(existing, False)
        if session.is_cancelled:
            raise LiveError(_("This session has been cancelled."))
        if not session.live:
            raise LiveError(_("This session is not open for registration."))
        if not session.registration_open(now):
            raise LiveError(
                _("Registration closed on %(deadline)s.") % {"deadline": _local(session.effective_deadline)}
            )
        taken = Registration.objects.filter(session=session, status=RegistrationStatus.REGISTERED).count()
        status = RegistrationStatus.REGISTERED if taken < session.capacity else RegistrationStatus.WAITLISTED
        if existing is None:
            registration = Registration.objects.create(session=session, user=user, status=status, queued_at=now)
        else:
            existing.status, existing.queued_at, existing.cancelled_at = status, now, None
            existing.save(update_fields=["status", "queued_at", "cancelled_at"])
            registration = existing
        if notify:
            transaction.on_commit(lambda pk=registration.pk: _queue_confirmation_email(pk))
    return Outcome(registration, True)


def cancel(registration: Registration, now=None) -> Outcome:
    """Cancel a registration or a place on the waiting list, and give a freed
    place to the first person waiting (who gets an e-mail). Cancelling again
    changes nothing. The caller checks that the registration is the person's own."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(registration.session)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return Outcome(registration, False)
        if session.ends_at < now:
            raise LiveError(_("This session is over: the registration can no longer be cancelled."))
        registration.status, registration.cancelled_at = RegistrationStatus.CANCELLED, now
        registration.save(update_fields=["status", "cancelled_at"])
        # Registering again later is a new registration: it is confirmed again.
        Confirmation.objects.filter(registration=registration).delete()
        _promote(session, now)
    return Outcome(registration, True)


def promote_waitlist(session: LiveSessionPage, now=None) -> list[Registration]:
    """Fill free places from the waiting list (e.g. after the capacity grew)."""
    with transaction.atomic():
        return _promote(_locked(canonical_session(session)), now or timezone.now())


def _promote(session: LiveSessionPage, now) -> list[Registration]:
    """Within a transaction holding the session lock: promote in queue order."""
    if session.ends_at < now or session.is_cancelled:
        return []
    taken = Registration.objects.filter(session=session, status=RegistrationStatus.REGISTERED).count()
    free = session.capacity - taken
    if free <= 0:
        return []
    waiting = list(
        Registration.objects.filter(session=session, status=RegistrationStatus.WAITLISTED).order_by("queued_at", "pk")[
            :free
        ]
    )
    for registration in waiting:
        registration.status, registration.promoted_at = RegistrationStatus.REGISTERED, now
        registration.save(update_fields=["status", "promoted_at"])
        transaction.on_commit(lambda pk=registration.pk: _queue_promotion_email(pk))
    return waiting


def _queue_confirmation_email(registration_pk: int) -> None:
    from live.tasks import send_confirmation_email

    send_confirmation_email.enqueue(registration_pk)


def _queue_promotion_email(registration_pk: int) -> None:
    from live.tasks import send_promotion_email

    send_promotion_email.enqueue(registration_pk)


def waitlist_position(registration: Registration) -> int | None:
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        session_id=registration.session_id, status=RegistrationStatus.WAITLISTED, queued_at__lt=registration.queued_at
    ).count()
    return ahead + 1


def places_left(session: LiveSessionPage) -> int:
    session = canonical_session(session)
    taken = Registration.objects.filter(session=session, status=RegistrationStatus.REGISTERED).count()
    return max(session.capacity - taken, 0)


def join_link_for(user, session: LiveSessionPage, now=None) -> str | None:
    """The join link, for registered people (and the session's trainers) from
    JOIN_OPENS_MINUTES before the start until the end; otherwise None."""
    if not user.is_authenticated or not session.join_link_open(now):
        return None
    if is_trainer_of(user, session):
        return session.join_url
    registration = registration_of(user, session)
    return session.join_url if registration is not None and registration.is_registered else None


# Who manages a session (is_trainer_of) is a scope rule: live/scope.py.


# -- attendance --------------------------------------------------------------------


def _complete_course_step(user, session: LiveSessionPage) -> None:
    """Attending a session that is a course step completes that step."""
    if course_of(session) is None:
        return
    # The course closed or the page unpublished: the attendance still counts.
    with contextlib.suppress(LearningError):
        complete_step(user, session)


def record_attendance(user, session: LiveSessionPage, *, method: str, marked_by=None, now=None) -> Attendance:
    """Store that `user` attended (idempotent) and complete the course step."""
    session = canonical_session(session)
    try:
        with transaction.atomic():
            attendance, _created = Attendance.objects.get_or_create(
                user=user,
                session=session,
                defaults={"attended_at": now or timezone.now(), "method": method, "marked_by": marked_by},
            )
    except IntegrityError:  # a concurrent request created it first
        attendance = Attendance.objects.get(user=user, session=session)
    _complete_course_step(user, session)
    return attendance


def mark_attendance(trainer, session: LiveSessionPage, attendee_ids: set[int], now=None) -> tuple[int, int]:
    """Set who attended, from the trainer's participant list: people ticked
    get an attendance, registered people not ticked lose theirs (a mistake
    corrected; a completed course step is kept, progress never goes back).
    Only registered participants can be ticked. Returns (added, removed)."""
    if not is_trainer_of(trainer, session):
        raise LiveError(_("Only the session's trainers can mark attendance."))
    session = canonical_session(session)
    participants = set(
        Registration.objects.filter(session=session, status=RegistrationStatus.REGISTERED).values_list(
            "user_id", flat=True
        )
    )
    present = set(Attendance.objects.filter(session=session).values_list("user_id", flat=True))
    wanted = attendee_ids & participants
    added = 0
    from django.contrib.auth import get_user_model

    for user in get_user_model().objects.filter(pk__in=wanted - present):
        record_attendance(user, session, method=AttendanceMethod.TRAINER, marked_by=trainer, now=now)
        added += 1
    removed, _rows = Attendance.objects.filter(session=session, user_id__in=(participants & present) - wanted).delete()
    return added, removed


def check_in(user, session: LiveSessionPage, code: str, now=None) -> Attendance:
    """A registered participant checks in with the session code during the
    session window (from JOIN_OPENS_MINUTES before the start until
    CHECK_IN_GRACE_MINUTES after the end). Checking in again is harmless."""
    now = now or timezone.now()
    session = canonical_session(session)
    registration = registration_of(user, session)
    if session.is_cancelled:
        raise LiveError(_("This session has been cancelled."))
    if registration is None or not registration.is_registered:
        raise LiveError(_("Only registered participants can check in."))
    existing = Attendance.objects.filter(user=user, session=session).first()
    if existing is not None:
        return existing
    if now < session.join_opens_at():
        raise LiveError(_("Check-in opens at %(time)s.") % {"time": _local(session.join_opens_at())})
    if now > session.check_in_closes_at():
        raise LiveError(
            _("The check-in code has expired: check-in closed at %(time)s. Ask the trainer to mark your attendance.")
            % {"time": _local(session.check_in_closes_at())}
        )
    if "".join(code.split()).upper() != code_of(session):
        raise LiveError(_("That is not the code of this session. Check the code the trainer gave and try again."))
    return record_attendance(user, session, method=AttendanceMethod.CODE, now=now)


def code_of(session: LiveSessionPage) -> str:
    """The session's check-in code, made on first use (idempotent)."""
    session = canonical_session(session)
    try:
        with transaction.atomic():
            row, _created = CheckInCode.objects.get_or_create(session=session)
    except IntegrityError:  # made concurrently
        row = CheckInCode.objects.get(session=session)
    return row.code


def new_check_in_code(trainer, session: LiveSessionPage) -> str:
    """Give the session a new code (the old one stops working)."""
    if not is_trainer_of(trainer, session):
        raise LiveError(_("Only the session's trainers can change the code."))
    session = canonical_session(session)
    code = new_code()
    CheckInCode.objects.update_or_create(session=session, defaults={"code": code})
    return code


# -- calling a session off ---------------------------------------------------------


@dataclass(frozen=True)
class CancelOutcome:
    cancellation: SessionCancellation
    changed: bool
    notified: int


def cancel_session(actor, session: LiveSessionPage, reason: str, now=None) -> CancelOutcome:
    """Call the session off (trainers of the session and staff only).

    Guarantees: idempotent and safe under concurrency (the session row is
    locked; one SessionCancellation per session), so everyone registered or
    waiting is e-mailed exactly once, after commit. Registrations are kept
    as they were: who had a place stays countable. The page stays published
    and shows the cancellation; registration, check-in, the join link and
    reminders stop. Refuses a session that is over.
    """
    if not is_trainer_of(actor, session):
        raise LiveError(_("Only the session's trainers can cancel it."))
    reason = (reason or "").strip()
    if not reason:
        raise LiveError(_("Give a reason: it is sent to the participants."))
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(canonical_session(session))
        existing = SessionCancellation.objects.filter(session=session).first()
        if existing is not None:
            return CancelOutcome(existing, False, 0)
        if session.is_past(now):
            raise LiveError(_("This session is over: it can no longer be cancelled."))
        cancellation = SessionCancellation.objects.create(
            session=session, reason=reason, cancelled_at=now, cancelled_by=actor
        )
        people = list(
            Registration.objects.filter(
                session=session, status__in=[RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED]
            ).values_list("pk", flat=True)
        )
        for pk in people:
            transaction.on_commit(lambda pk=pk: _queue_cancellation_email(pk))
    return CancelOutcome(cancellation, True, len(people))


def people_to_inform(session: LiveSessionPage) -> dict[str, int]:
    """How many are registered and waiting (the confirm page says who gets the e-mail)."""
    rows = Registration.objects.filter(session=canonical_session(session)).values_list("status", flat=True)
    statuses = list(rows)
    return {
        "registered": statuses.count(RegistrationStatus.REGISTERED),
        "waitlisted": statuses.count(RegistrationStatus.WAITLISTED),
    }


def _queue_cancellation_email(registration_pk: int) -> None:
    from live.tasks import send_cancellation_email

    send_cancellation_email.enqueue(registration_pk)


# -- calendar feed -----------------------------------------------------------------


def feed_of(user) -> CalendarFeed:
    """The person's active feed, created on first use."""
    feed = CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).order_by("-created_at").first()
    return feed or CalendarFeed.objects.create(user=user)


def revoke_feed(user, now=None) -> CalendarFeed:
    """Revoke the current feed URL (it answers 404 from now on) and issue a new one."""
    with transaction.atomic():
        CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=now or timezone.now())
        return CalendarFeed.objects.create(user=user)
