"""The team self-assessment: every active member of the association rates the
statements for themselves. Others get 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from associations.models import Association
from readiness import services
from readiness.forms import SelfAssessmentForm
from readiness.models import SelfAssessmentAnswer


@login_required
def self_assessment(request, slug):
    association = get_object_or_404(Association.objects.joined_by(request.user), slug=slug)
    mine = dict(
        SelfAssessmentAnswer.objects.filter(association=association, user=request.user).values_list(
            "statement", "rating"
        )
    )
    form = SelfAssessmentForm(request.POST or None, initial_ratings=mine)
    if request.method == "POST":
        if form.is_valid():
            services.save_self_assessment(association, request.user, form.cleaned_data)
            messages.success(request, _("Thank you: your answers were saved."))
            return redirect(reverse("readiness:self_assessment", kwargs={"slug": association.slug}))
        messages.error(request, _("Please rate every statement."))
    can_see_page = Association.objects.overseen_by(request.user).filter(pk=association.pk).exists()
    return render(
        request,
        "readiness/self_assessment.html",
        {"association": association, "form": form, "answered": bool(mine), "can_see_page": can_see_page},
    )
