"""The newcomer's offering: no account, light pages; scope = Activity.objects.public()."""

from django.shortcuts import get_object_or_404, render

from activities.forms import ActivityFilterForm
from activities.models import Activity
from activities.presentation import text_of, upcoming_cancellations
from readiness.hooks import verification_links

# "Near me": the municipality the visitor chose, remembered for the session.
SESSION_MUNICIPALITY = "activities_municipality"


def _public_activities(*related):
    """The public activities with what the page shows in one query each (the
    list shows no cancelled dates, so it does not fetch them)."""
    return (
        Activity.objects.public()
        .select_related("association", "municipality")
        .prefetch_related(*(related or ("sessions", "translations", "exceptions")))
    )


def _filter_params(request):
    """The GET filters, with the remembered municipality when the visitor gave none."""
    params = request.GET.copy()
    if "municipality" in params:
        chosen = params.get("municipality", "")[:12]
        if request.session.get(SESSION_MUNICIPALITY) != chosen:  # unchanged: no session write
            request.session[SESSION_MUNICIPALITY] = chosen
    elif request.session.get(SESSION_MUNICIPALITY):
        params["municipality"] = request.session[SESSION_MUNICIPALITY]
    return params


def offering(request):
    form = ActivityFilterForm(_filter_params(request))
    activities = list(form.filter(_public_activities("sessions", "translations")))
    for activity in activities:
        activity.text = text_of(activity)
    return render(request, "activities/offering.html", {"form": form, "activities": activities})


def detail(request, pk):
    activity = get_object_or_404(_public_activities(), pk=pk)
    activity.text = text_of(activity)
    return render(
        request,
        "activities/detail.html",
        {
            "activity": activity,
            "cancellations": upcoming_cancellations(activity),
            "verify_url": verification_links([activity.association]).get(activity.association_id),
        },
    )
