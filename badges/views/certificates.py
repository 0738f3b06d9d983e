"""The certificate download: a PDF for the award's owner (or, for an
association's readiness badge, its contacts). Others, and revoked awards: 404."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from badges.certificates.pdf import certificate_filename, render_certificate
from badges.certificates.scope import certificate_awards


@login_required
@require_safe
def certificate(request, award_id):
    award = get_object_or_404(
        certificate_awards(request.user).select_related("badge_class", "recipient_user", "recipient_association"),
        pk=award_id,
    )
    response = HttpResponse(render_certificate(award, viewer=request.user), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate_filename(award)}"'
    response["Cache-Control"] = "private, no-store"
    return response
