"""Trainers mark free-text reflections of quizzes that ask for it. An attempt
waiting for marking is graded when its last reflection gets a mark."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from quizzes import services
from quizzes.models import Attempt, AttemptState
from quizzes.permissions import may_mark


def _marker(request):
    if not may_mark(request.user):
        raise PermissionDenied
    return request.user


@login_required
def queue(request):
    _marker(request)
    attempts = (
        Attempt.objects.filter(state=AttemptState.AWAITING_MARKING)
        .select_related("user", "page")
        .order_by("submitted_at")[:200]
    )
    return TemplateResponse(request, "quizzes/marking_queue.html", {"attempts": attempts})


@login_required
def mark(request, attempt_id: int):
    marker = _marker(request)
    attempt = get_object_or_404(
        Attempt.objects.select_related("user", "page").exclude(state=AttemptState.OPEN), pk=attempt_id
    )
    errors = {}
    if request.method == "POST":
        question_id = request.POST.get("question", "")
        try:
            services.mark_reflection(
                marker, attempt.pk, question_id, request.POST.get("points"), request.POST.get("comment", "")
            )
        except services.QuizError as error:
            errors[question_id] = str(error)
        else:
            messages.success(request, _("The mark is saved."))
            attempt.refresh_from_db()
            if attempt.state != AttemptState.AWAITING_MARKING:
                return redirect("quizzes:marking")
            return redirect("quizzes:mark", attempt_id=attempt.pk)
    reflections = [
        {
            "question": q,
            "text": attempt.answers.get(q["id"], ""),
            "mark": attempt.marks.get(q["id"]),
            "error": errors.get(q["id"], ""),
        }
        for q in attempt.snapshot.get("questions", [])
        if q["type"] == "reflection" and q.get("marked")
    ]
    return TemplateResponse(
        request,
        "quizzes/mark.html",
        {"attempt": attempt, "reflections": reflections},
        status=400 if errors else 200,
    )
