"""Trainer pages: the list of quizzes with analytics, and one quiz's figures
(attempts, pass rate, average score, per-question correct rate and which
options learners chose), filterable by association within the user's scope."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from quizzes import permissions, reporting
from quizzes.models import QuizPage


@login_required
def index(request):
    if not permissions.may_view_analytics(request.user):
        raise PermissionDenied
    awaiting = permissions.marking_scope(request.user).count()
    return TemplateResponse(
        request,
        "quizzes/analytics_index.html",
        {"quizzes": reporting.quizzes_with_analytics_for(request.user), "awaiting": awaiting},
    )


@login_required
def quiz_analytics(request, page_id: int):
    if not permissions.may_view_analytics(request.user):
        raise PermissionDenied
    page = get_object_or_404(QuizPage, pk=page_id).localized
    choices = list(permissions.association_choices(request.user))
    association = None
    chosen = request.GET.get("association", "")
    if chosen:
        # Only associations in the user's scope; anything else is simply not there.
        association = next((a for a in choices if str(a.pk) == chosen), None)
        if association is None:
            raise Http404
    figures = reporting.quiz_figures(page, permissions.learner_scope(request.user, association))
    return TemplateResponse(
        request,
        "quizzes/analytics.html",
        {
            "quiz": page,
            "figures": figures,
            "associations": choices,
            "association": association,
            "everyone": permissions.sees_every_learner(request.user),
        },
    )
