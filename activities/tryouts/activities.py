"""The one place the try requests look up the offering's activities (so a
change in the offering's model touches one function)."""

from django.shortcuts import get_object_or_404


def public_activity(key):
    """The publicly shown activity `key`, or 404."""
    from activities.models import Activity

    return get_object_or_404(Activity.objects.public().select_related("association"), pk=key)
