"""The start page: where a signed-in person lands after login and sign-up."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts.start import panels_for


@require_safe
@never_cache
@login_required
def start(request):
    """Every panel of every role the person has (accounts/start.py), in order.
    The panels' HTML is rendered here so that each panel's template sees only
    its own context."""
    panels = [
        {"key": panel.key, "html": render_to_string(panel.template, context, request=request)}
        for panel, context in panels_for(request.user, request)
    ]
    return render(request, "start/start.html", {"panels": panels})
