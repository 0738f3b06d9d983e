"""The learner's side: the quiz step page, start, save, autosave, submit and
the result of an attempt.

The quiz page is a course step: `QuizPage.serve` is the courses step view
(outline, previous/next, breadcrumbs) and `QuizPage.get_context` adds
`quiz_context` below. Actions post to /<language>/quizzes/… and come back to
the step page (post/redirect/get), with a message saying what happened.
Another learner's attempt id answers 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from courses import services as courses_services
from courses.views.outline import outline_for
from quizzes import answers as answer_forms
from quizzes import review, services, snapshot
from quizzes.models import Attempt, AttemptState, FeedbackTiming, QuizPage


def _public_with_images(snap: dict) -> list[dict]:
    questions = snapshot.public_questions(snap)
    image_ids = [q["image_id"] for q in questions if q.get("image_id")]
    if image_ids:
        from wagtail.images import get_image_model

        images = get_image_model().objects.in_bulk(image_ids)
        for q in questions:
            image = images.get(q.get("image_id"))
            q["image_url"] = image.get_rendition("max-800x600").url if image else ""
    return questions


def _with_answers(questions: list[dict], answers: dict) -> list[dict]:
    """Field names and the learner's saved values on each public question, for the form."""
    for q in questions:
        value = answers.get(q["id"])
        q["field"] = answer_forms.field_name(q["id"])
        q["value"] = value if isinstance(value, str) else ""
        for option in q.get("options", []):
            option["checked"] = option["id"] == value or (isinstance(value, list) and option["id"] in value)
        parts = value if isinstance(value, dict) else {}
        for key in ("items", "lefts", "statements"):
            for part in q.get(key, []):
                part["field"] = answer_forms.field_name(q["id"], part["id"])
                part["value"] = str(parts.get(part["id"], ""))
    return questions


# `_submit` saves the posted answers unless told they are saved already.
_POSTED = object()

# The countdown speaks only at these moments (seconds left), never every second.
COUNTDOWN_THRESHOLDS = (600, 300, 60)


def countdown(attempt: Attempt, now) -> dict:
    """What the countdown script needs: the seconds left by the server's clock
    (so a wrong clock on the learner's device does not matter) and the
    sentences to announce at each threshold. The server stays the authority:
    answers saved after the deadline are refused whatever the script shows."""
    messages_at = [
        (
            seconds,
            ngettext(
                "%(minutes)s minute left. Answers saved before the deadline count.",
                "%(minutes)s minutes left. Answers saved before the deadline count.",
                seconds // 60,
            )
            % {"minutes": seconds // 60},
        )
        for seconds in COUNTDOWN_THRESHOLDS
    ]
    messages_at.append((0, _("Time is up. The answers saved before the deadline are graded.")))
    return {"seconds_left": max(0, int((attempt.deadline - now).total_seconds())), "messages": messages_at}


def quiz_context(request, page: QuizPage) -> dict:
    """Template context of the quiz step page for this learner."""
    if getattr(request, "is_preview", False) or not request.user.is_authenticated:
        preview = snapshot.build(page)
        return {"quiz_preview": True, "questions": _with_answers(_public_with_images(preview), {})}
    state = services.availability(request.user, page)
    attempt = state.open_attempt
    if attempt is not None and attempt.deadline and timezone.now() >= attempt.deadline:
        services.expire_if_due(attempt, page)
        messages.info(request, _("Time was up: the answers saved before the deadline were graded."))
        state = services.availability(request.user, page)
        attempt = None
    context = {"quiz_preview": False, "quiz_state": state, "attempt": attempt}
    if attempt is not None:
        questions = _with_answers(_public_with_images(attempt.snapshot), attempt.answers)
        if request.GET.get("submit") == "confirm":
            # The learner asked to submit with questions left open: say which, before grading.
            unanswered = services.unanswered_questions(attempt)
            missing = {entry.id: entry for entry in unanswered}
            for q in questions:
                q["unanswered"] = missing.get(q["id"])
            context.update({"unanswered": unanswered, "question_count": len(questions)})
        if attempt.checked:
            reviews = {
                item["id"]: item for item in review.review(attempt, show_correct=False, only=set(attempt.checked))
            }
            for q in questions:
                q["review"] = reviews.get(q["id"])
        context.update(
            {
                "questions": questions,
                "next_sequence": attempt.sequence + 1,
                "check_enabled": page.feedback_timing == FeedbackTiming.AFTER_QUESTION,
                "countdown": countdown(attempt, timezone.now()) if attempt.deadline else None,
            }
        )
    elif state.finished:
        context["last_attempt"] = state.finished[-1]
    return context


def _quiz_in_open_course(page_id: int) -> QuizPage:
    page = get_object_or_404(QuizPage.objects.live(), pk=page_id)
    course = courses_services.course_of(page)
    if course is None or not course.live:
        raise Http404
    return page


def _own_attempt(request, public_id, *, full: bool = False) -> Attempt:
    """The learner's attempt or 404. The services lock and read the whole row
    themselves; the views only need to know it is theirs (and where it goes)."""
    attempts = Attempt.objects.filter(user=request.user)
    if not full:
        attempts = attempts.only("pk", "public_id", "user_id", "quiz_key", "page_id", "state")
    return get_object_or_404(attempts, public_id=public_id)


def _quiz_url(request, attempt: Attempt, page: QuizPage | None = None) -> str:
    page = page or services._page_for(attempt)
    if page is None:
        raise Http404
    # Back to the quiz in the language the learner is using, when it exists.
    localized = page.localized
    return (localized.get_url(request) or page.get_url(request)) + "#quiz"


@login_required
@require_POST
def start(request, page_id: int):
    page = _quiz_in_open_course(page_id)
    try:
        services.start_attempt(request.user, page)
    except services.QuizError as error:
        messages.error(request, str(error))
    return redirect(page.get_url(request) + "#quiz")


@login_required
@require_POST
def answer(request, public_id):
    """The attempt form without JavaScript: save, check one question, or submit."""
    attempt = _own_attempt(request, public_id)
    action = request.POST.get("action", "save")
    if action == "submit":
        return _submit_if_complete(request, attempt)
    if action == "submit_anyway":
        return _submit(request, attempt)
    check = request.POST.get("check") or None
    try:
        services.save_answers(request.user, attempt.public_id, request.POST, check=check)
    except services.QuizError as error:
        messages.error(request, _("Your answers were not saved: %(problem)s") % {"problem": error})
        attempt.refresh_from_db()
        if attempt.is_finished:
            return redirect("quizzes:result", public_id=attempt.public_id)
        return redirect(_quiz_url(request, attempt))
    if check:
        return redirect(_quiz_url(request, attempt).replace("#quiz", f"#question-{check}"))
    messages.success(request, _("Your answers are saved. You can continue later."))
    return redirect(_quiz_url(request, attempt))


def _submit_if_complete(request, attempt: Attempt):
    """Save the posted answers; submit them when every question has one, else
    back to the form with the unanswered questions named and "Submit anyway"."""
    try:
        attempt = services.save_answers(request.user, attempt.public_id, request.POST)
    except services.QuizError as error:
        messages.error(
            request, _("Your attempt was not submitted: %(problem)s Your saved answers are kept.") % {"problem": error}
        )
        attempt.refresh_from_db()
        if attempt.is_finished:
            return redirect("quizzes:result", public_id=attempt.public_id)
        return redirect(_quiz_url(request, attempt))
    if attempt.is_open and services.unanswered_questions(attempt):
        return redirect(_quiz_url(request, attempt).replace("#quiz", "?submit=confirm#quiz-confirm"))
    return _submit(request, attempt, data=None)


def _submit(request, attempt: Attempt, data=_POSTED):
    try:
        posted = request.POST if data is _POSTED else data
        attempt, notice = services.submit_attempt(request.user, attempt.public_id, posted)
    except services.QuizError as error:
        messages.error(
            request, _("Your attempt was not submitted: %(problem)s Your saved answers are kept.") % {"problem": error}
        )
        return redirect(_quiz_url(request, attempt))
    if notice:
        messages.warning(request, notice)
    return redirect("quizzes:result", public_id=attempt.public_id)


@login_required
@require_POST
def submit(request, public_id):
    """Submit (from the confirmation button or a retried request): idempotent."""
    return _submit(request, _own_attempt(request, public_id))


@login_required
@require_POST
def autosave(request, public_id):
    """The autosave script's endpoint. Answers only "saved" or why not:
    never a score, a correct flag or feedback."""
    attempt = _own_attempt(request, public_id)
    try:
        attempt = services.save_answers(request.user, attempt.public_id, request.POST)
    except services.StaleAnswers as error:
        return JsonResponse({"saved": False, "stale": True, "message": str(error)}, status=409)
    except services.QuizError as error:
        attempt.refresh_from_db()
        return JsonResponse(
            {"saved": False, "stale": False, "closed": attempt.is_finished, "message": str(error)}, status=400
        )
    return JsonResponse(
        {"saved": True, "sequence": attempt.sequence, "saved_at": timezone.localtime(attempt.saved_at).isoformat()}
    )


def _next_step(request, course, page: QuizPage | None):
    """The step after this quiz in the course outline (None at the end)."""
    if course is None or page is None or not course.live:
        return None
    step = outline_for(course, request).next(page.translation_key)
    return step if step is not None and step.url else None


@login_required
def result(request, public_id):
    attempt = _own_attempt(request, public_id, full=True)
    page = services._page_for(attempt)
    if attempt.is_open:
        return redirect(_quiz_url(request, attempt, page))
    if page is not None:
        page = page.localized
    state = services.availability(request.user, page) if page is not None else None
    passed = bool(state and state.passed)
    show = review.shows_correct_answers(page, attempt, passed, state.attempts_left if state else 0)
    before = {}
    if any(q["type"] == "likert" and q.get("phase") == "after" for q in attempt.snapshot.get("questions", [])):
        others = Attempt.objects.filter(user=request.user).exclude(state=AttemptState.OPEN).exclude(pk=attempt.pk)
        before = review.before_ratings(request.user, others.only("snapshot", "answers"))
    course = courses_services.course_of(page) if page is not None else None
    items = review.review(attempt, show, before=before)
    return TemplateResponse(
        request,
        "quizzes/result.html",
        {
            "attempt": attempt,
            "quiz": page,
            "quiz_url": page.get_url(request) if page is not None else "",
            "course": course,
            "state": state,
            "show_correct": show,
            "items": items,
            "unanswered_count": sum(1 for item in items if item["status"] == "unanswered"),
            "step_done": bool(attempt.passed),
            "next_step": _next_step(request, course, page),
            "course_url": course.get_url(request) if course is not None else "",
        },
    )
