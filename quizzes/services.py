"""Taking a quiz: start, save, submit, mark.

Guarantees, for every function here:
- grading happens here, on the server, from the attempt's snapshot only
  (quizzes/grading.py); nothing the learner posts can set a score;
- one open attempt per learner and quiz, and never more attempts than the
  quiz allows, even under concurrent requests: starts for one learner are
  serialised on their user row, and two unique constraints back that up;
- submitting is idempotent: the attempt row is locked (select_for_update),
  the first submit grades it and every later one (double click, other tab,
  retried request) returns the same graded attempt;
- a refused save (stale autosave, unknown question or option, smuggled
  field, time up) changes nothing: the answers saved before stay;
- passing completes the step through `courses.services.complete_step`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses import caching
from courses import services as courses_services
from quizzes import answers as answer_forms
from quizzes import grading, notices, snapshot
from quizzes.models import Attempt, AttemptState, FeedbackTiming, QuizPage

logger = logging.getLogger(__name__)


GRADE_FIELDS = ["results", "score", "passed", "submitted_at", "late", "state", "graded_at"]


class QuizError(Exception):
    """An action on a quiz that cannot be done; the message is for the learner."""


class StaleAnswers(QuizError):
    """An autosave older than what is stored."""


@dataclass(frozen=True)
class Availability:
    open_attempt: Attempt | None
    finished: list[Attempt]
    can_start: bool
    reason: str  # why not, for the learner ("" when they can start)
    next_start_at: datetime | None
    attempts_left: int | None  # None = unlimited
    passed: bool


def _when(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def availability(user, page: QuizPage, now: datetime | None = None) -> Availability:
    """What the learner may do on this quiz now (two queries)."""
    now = now or timezone.now()
    attempts = list(Attempt.objects.filter(user=user, quiz_key=page.translation_key).order_by("number"))
    open_attempt = next((a for a in attempts if a.is_open), None)
    finished = [a for a in attempts if a.is_finished]
    passed = any(a.passed for a in finished)
    left = None if not page.max_attempts else max(0, page.max_attempts - len(attempts))
    reason, next_start = _start_refusal(page, finished, len(attempts), passed, now)
    return Availability(
        open_attempt=open_attempt,
        finished=finished,
        can_start=open_attempt is None and not reason,
        reason=reason,
        next_start_at=next_start,
        attempts_left=left,
        passed=passed,
    )


def _start_refusal(page, finished, count, passed, now) -> tuple[str, datetime | None]:
    if passed:
        return _("You have passed this quiz."), None
    if page.closes_at and now >= page.closes_at:
        return _("This quiz closed on %(when)s.") % {"when": _when(page.closes_at)}, None
    if page.max_attempts and count >= page.max_attempts:
        text = ngettext("You have used your only attempt.", "You have used all %(count)s attempts.", page.max_attempts)
        return text % {"count": page.max_attempts}, None
    if any(a.state == AttemptState.AWAITING_MARKING for a in finished):
        return _("Your last attempt is waiting for a trainer to mark it."), None
    last = max((a.submitted_at for a in finished if a.submitted_at), default=None)
    if last and page.cooldown_minutes and now < last + page.cooldown:
        ready = last + page.cooldown
        return _("You can try again after %(when)s.") % {"when": _when(ready)}, ready
    return "", None


def start_attempt(user, page: QuizPage, now: datetime | None = None) -> Attempt:
    """The learner's open attempt, started now if there is none. Idempotent."""
    now = now or timezone.now()
    if not page.live:
        raise QuizError(_("This quiz is not available."))
    if not list(page.questions):
        raise QuizError(_("This quiz has no questions yet."))
    try:
        with transaction.atomic():
            # Serialise starts of one learner: the checks below then see every earlier start.
            get_user_model().objects.select_for_update().filter(pk=user.pk).first()
            state = availability(user, page, now)
            if state.open_attempt is not None:
                return _expire_if_due(state.open_attempt, page, now) or state.open_attempt
            if not state.can_start:
                raise QuizError(state.reason)
            deadline = now + page.time_limit if page.time_limit else None
            if page.closes_at and (deadline is None or page.closes_at < deadline):
                deadline = page.closes_at
            attempt = Attempt.objects.create(
                user=user,
                quiz_key=page.translation_key,
                page=page,
                number=len(state.finished) + 1,
                snapshot=snapshot.build(page),
                deadline=deadline,
            )
            return attempt
    except IntegrityError:
        # A concurrent start won on a database without row locks: use its attempt.
        existing = Attempt.objects.filter(user=user, quiz_key=page.translation_key, state=AttemptState.OPEN).first()
        if existing is None:
            raise QuizError(_("The attempt could not be started. Please try again.")) from None
        return existing


def _expire_if_due(attempt: Attempt, page: QuizPage | None, now: datetime) -> Attempt | None:
    """Close an open attempt whose time is up, graded with the answers saved in time."""
    if attempt.is_open and attempt.deadline and now >= attempt.deadline:
        with transaction.atomic():
            locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
            if locked.is_open:
                _finalise(locked, page, now, late=True)
            return locked
    return None


def expire_if_due(attempt: Attempt, page: QuizPage | None = None, now: datetime | None = None) -> Attempt:
    return _expire_if_due(attempt, page, now or timezone.now()) or attempt


# The column is a PostgreSQL integer: a bigger number would overflow it (a 500).
SEQUENCE_MAX = 2**31 - 1
# The page counts its saves up from the stored number + 1, one per save; no
# page makes this many saves without a reload. Refusing bigger jumps keeps the
# stored number far below SEQUENCE_MAX, so the page's next number always fits
# and an attempt cannot be pushed into a state where no save is accepted.
SEQUENCE_MAX_STEP = 100_000


def _sequence(value, stored: int) -> int:
    """The post's sequence number, newer than `stored` and within range."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        # ValueError also for digit strings too long to convert.
        raise QuizError(_("The form was incomplete: reload the page and try again.")) from None
    if number < 1:
        raise QuizError(_("The form was incomplete: reload the page and try again."))
    if number <= stored:
        raise StaleAnswers(
            _("These answers are older than the ones already saved (perhaps from another window). Reload the page.")
        )
    if number > SEQUENCE_MAX or number - stored > SEQUENCE_MAX_STEP:
        raise QuizError(_("The form's save number is out of range: reload the page and try again."))
    return number


def _locked_open(user, public_id, now) -> tuple[Attempt, QuizPage | None]:
    attempt = Attempt.objects.select_for_update().filter(user=user, public_id=public_id).first()
    if attempt is None:
        raise Attempt.DoesNotExist
    page = _page_for(attempt)
    return attempt, page


def _page_for(attempt: Attempt) -> QuizPage | None:
    if attempt.page_id:
        page = QuizPage.objects.filter(pk=attempt.page_id).first()
        if page is not None:
            return page
    return QuizPage.objects.filter(translation_key=attempt.quiz_key).order_by("pk").first()


def _store(attempt: Attempt, data, now: datetime, check: str | None = None, *, record_check: bool = False) -> None:
    """Validate the whole post (sequence, the question to check, every answer)
    before changing the attempt, so a refusal leaves it as it was. Changes
    the attempt in memory only; the caller saves it."""
    sequence = _sequence(data.get("sequence"), attempt.sequence)
    if check is not None and check not in snapshot.question_map(attempt.snapshot):
        raise answer_forms.AnswerError(_("The question to check is not in this attempt."))
    parsed = answer_forms.parse(attempt.snapshot, data)
    # Answers whose feedback was already shown are locked.
    for qid in attempt.checked:
        parsed.pop(qid, None)
        if qid in attempt.answers:
            parsed[qid] = attempt.answers[qid]
    attempt.answers = parsed
    attempt.sequence = sequence
    attempt.saved_at = now
    if record_check and check not in attempt.checked:
        attempt.checked = [*attempt.checked, check]


def save_answers(user, public_id, data, *, check: str | None = None, now: datetime | None = None) -> Attempt:
    """Store the answers in `data` (the whole form) if its sequence number is
    newer than the stored one. The whole post is validated before anything is
    written (one transaction). Raises Attempt.DoesNotExist for an attempt that
    is not the user's, QuizError (answers unchanged) for anything refused."""
    now = now or timezone.now()
    problem = None
    with transaction.atomic():
        attempt, page = _locked_open(user, public_id, now)
        if not attempt.is_open:
            raise QuizError(_("This attempt has already been submitted."))
        if attempt.deadline and now >= attempt.deadline:
            _finalise(attempt, page, now, late=True)
            # Raised after the commit: the attempt stays graded with the answers saved in time.
            problem = QuizError(_("Time is up: the answers saved before the deadline have been submitted."))
        else:
            # A check is validated in every quiz, but recorded (its feedback shown)
            # only where feedback follows each question.
            record_check = page is not None and page.feedback_timing == FeedbackTiming.AFTER_QUESTION
            try:
                _store(attempt, data, now, check, record_check=record_check and check is not None)
            except answer_forms.AnswerError as error:
                raise QuizError(str(error)) from None
            attempt.save(update_fields=["answers", "sequence", "saved_at", "checked"])
    if problem is not None:
        raise problem
    return attempt


def submit_attempt(user, public_id, data=None, now: datetime | None = None) -> tuple[Attempt, str]:
    """Grade the attempt (saving the answers in `data` first, when given).

    Idempotent: an attempt already submitted is returned as it is. Returns
    (attempt, notice): the notice says when posted answers were not used
    (time up). QuizError for refused answers: nothing is submitted then.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt, page = _locked_open(user, public_id, now)
        if not attempt.is_open:
            return attempt, ""
        if attempt.deadline and now >= attempt.deadline:
            _finalise(attempt, page, now, late=True)
            return attempt, _("Time was up: the answers saved before the deadline were graded.")
        if data is not None:
            try:
                _store(attempt, data, now)
            except answer_forms.AnswerError as error:
                raise QuizError(str(error)) from None
        _finalise(attempt, page, now)
    return attempt, ""


@dataclass(frozen=True)
class Unanswered:
    id: str
    number: int  # the question's number as the learner sees it (1-based)
    partly: bool  # some parts (positions, matches, statements) answered, not all


def _parts(question: dict) -> list[dict]:
    return question.get("items") or question.get("pairs") or question.get("statements") or []


def unanswered_questions(attempt: Attempt) -> list[Unanswered]:
    """The questions of the attempt with no answer saved, or (for ordering,
    matching and self-assessment scales) with some parts left without a value,
    in the order the learner sees them. Reads only the attempt: no queries."""
    found = []
    for number, question in enumerate(attempt.snapshot.get("questions", []), start=1):
        answer = attempt.answers.get(question["id"])
        if answer in (None, "", [], {}):
            found.append(Unanswered(question["id"], number, partly=False))
        elif isinstance(answer, dict) and len(answer) < len(_parts(question)):
            found.append(Unanswered(question["id"], number, partly=True))
    return found


def _finalise(attempt: Attempt, page: QuizPage | None, now: datetime, late: bool = False) -> None:
    result = grading.grade(attempt.snapshot, attempt.answers, attempt.marks)
    attempt.results = result.results
    attempt.score = result.score
    attempt.passed = result.passed(page.pass_mark if page else 100)
    attempt.submitted_at = now
    attempt.late = late
    attempt.state = AttemptState.AWAITING_MARKING if result.awaiting_marking else AttemptState.GRADED
    attempt.graded_at = None if result.awaiting_marking else now
    # Not the snapshot: it never changes, and it is the largest field.
    attempt.save(update_fields=[*GRADE_FIELDS, "answers", "sequence", "saved_at"])
    if attempt.passed and page is not None:
        _complete(attempt.user, page)


def _complete(user, page: QuizPage) -> None:
    try:
        courses_services.complete_step(user, page)
    except courses_services.LearningError:
        # A quiz outside a live course (a draft, a preview copy): the pass is
        # recorded on the attempt; there is no step to complete.
        logger.info("quiz %s passed outside a live course", page.pk)
        return
    transaction.on_commit(lambda: caching.bump_learner_version(user.pk))


def mark_reflection(marker, attempt_id: int, question_id: str, points, comment: str = "") -> Attempt:
    """Record a trainer's mark; grade the attempt when every marked reflection
    has one, and then tell the learner (once per attempt)."""
    now = timezone.now()
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt_id)
        question = snapshot.question_map(attempt.snapshot).get(question_id)
        if question is None or question["type"] != "reflection" or not question.get("marked"):
            raise QuizError(_("This question is not marked by trainers."))
        if attempt.state == AttemptState.OPEN:
            raise QuizError(_("This attempt has not been submitted yet."))
        try:
            points = float(points)
        except (TypeError, ValueError):
            raise QuizError(_("Give the points as a number.")) from None
        if not 0 <= points <= question["points"]:
            raise QuizError(_("Give between 0 and %(max)s points.") % {"max": question["points"]})
        attempt.marks = {
            **attempt.marks,
            question_id: {"points": points, "comment": comment[:2000], "by": marker.pk, "at": now.isoformat()},
        }
        page = _page_for(attempt)
        result = grading.grade(attempt.snapshot, attempt.answers, attempt.marks)
        attempt.results = result.results
        if not result.awaiting_marking and attempt.state == AttemptState.AWAITING_MARKING:
            attempt.score = result.score
            attempt.passed = result.passed(page.pass_mark if page else 100)
            attempt.state = AttemptState.GRADED
            attempt.graded_at = now
            attempt.save(update_fields=[*GRADE_FIELDS, "marks"])
            if attempt.passed and page is not None:
                _complete(attempt.user, page)
            notices.attempt_marked(attempt, page.title if page else "")
        else:
            attempt.save(update_fields=["marks", "results"])
    return attempt
