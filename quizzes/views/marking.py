"""Trainers mark free-text reflections of quizzes that ask for it. An attempt
waiting for marking is graded when its last reflection gets a mark.

Scope (quizzes/permissions.py): trainers and staff mark; coordinators see,
read only. Whose attempts: staff and trainers without a region or association
of their own see every learner's; anyone who is a contact or coordinator
sees only the members of the associations they oversee (region scope wins).
An attempt outside the scope answers 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from quizzes import services
from quizzes.models import AttemptState
from quizzes.permissions import markable_attempts, marking_scope, may_mark, may_see_marking


@login_required
def queue(request):
    if not may_see_marking(request.user):
        raise PermissionDenied
    attempts = marking_scope(request.user).select_related("user", "page").order_by("submitted_at")[:200]
    return TemplateResponse(
        request, "quizzes/marking_queue.html", {"attempts": attempts, "may_mark": may_mark(request.user)}
    )


@login_required
def mark(request, attempt_id: int):
    marker = request.user
    # Anything outside the user's scope is simply not there (markable_attempts).
    attempt = get_object_or_404(markable_attempts(marker).select_related("user", "page"), pk=attempt_id)
    errors = {}
    if request.method == "POST":
        if not may_mark(marker):
            raise PermissionDenied
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
        {"attempt": attempt, "reflections": reflections, "may_mark": may_mark(marker)},
        status=400 if errors else 200,
    )
