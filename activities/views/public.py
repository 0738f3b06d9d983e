"""The newcomer's offering: no account, light pages; scope = Activity.objects.public()."""

from django import forms
from django.shortcuts import get_object_or_404, render

from accounts.forms import Select
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


def _written_in_python(form):
    """The form's selects as `accounts.forms.Select`: the same HTML as Django's
    template-rendered Select without a template include per option (the
    municipality list has hundreds)."""
    for field in form.fields.values():
        widget = field.widget
        if type(widget) is forms.Select:
            fast = Select(attrs=widget.attrs, choices=widget.choices)
            fast.is_required = widget.is_required
            field.widget = fast
    return form


def offering(request):
    form = _written_in_python(ActivityFilterForm(_filter_params(request)))
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
