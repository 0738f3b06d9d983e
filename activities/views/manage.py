"""Contacts (and staff) publish their association's activities in the site."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from activities.forms import ActivityForm, ExceptionFormSet, SessionFormSet, TranslationFormSet
from activities.models import Activity
from associations.models import Association


@login_required
def my_activities(request):
    """The activities of every association the person manages, with an add button per association."""
    associations = list(Association.objects.managed_by(request.user).order_by("name"))
    activities = (
        Activity.objects.editable_by(request.user).select_related("association").order_by("association__name", "title")
    )
    return render(
        request, "activities/manage_list.html", {"associations": associations, "activities": list(activities)}
    )


def _edit(request, activity, association):
    forms = {
        "form": ActivityForm(request.POST or None, instance=activity, association=association),
        "sessions": SessionFormSet(request.POST or None, instance=activity, prefix="sessions"),
        "exceptions": ExceptionFormSet(request.POST or None, instance=activity, prefix="exceptions"),
        "translations": TranslationFormSet(request.POST or None, instance=activity, prefix="translations"),
    }
    if request.method == "POST":
        if all(f.is_valid() for f in forms.values()):
            # One transaction: an activity is never saved without its times.
            with transaction.atomic():
                saved = forms["form"].save(commit=False)
                saved.association = association
                saved.save()
                forms["form"].save_m2m()
                for name in ("sessions", "exceptions", "translations"):
                    forms[name].instance = saved
                    forms[name].save()
            messages.success(request, _("The activity was saved."))
            return redirect("activities:mine")
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
    formsets = [
        (forms["sessions"], _("Weekly times")),
        (forms["exceptions"], _("Cancelled dates")),
        (forms["translations"], _("Translations")),
    ]
    return render(
        request,
        "activities/activity_form.html",
        {"association": association, "activity": activity, "formsets": formsets, **forms},
    )


@login_required
def add(request, slug):
    association = get_object_or_404(Association.objects.managed_by(request.user), slug=slug)
    return _edit(request, Activity(association=association, municipality=association.municipality), association)


@login_required
def edit(request, pk):
    activity = get_object_or_404(Activity.objects.editable_by(request.user).select_related("association"), pk=pk)
    return _edit(request, activity, activity.association)
