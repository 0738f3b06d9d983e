"""The public directory of welcoming associations and their public profiles."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from associations.models import Association
from readiness import reporting
from readiness.forms import DirectoryFilterForm
from readiness.hooks import verification_links
from readiness.models import Approval, AssociationReadiness


def directory(request):
    """Associations approved and valid today; filters by municipality, type and language."""
    approvals = {a.association_id: a for a in reporting.current_approvals()}
    associations = Association.objects.filter(pk__in=approvals).select_related("municipality").order_by("name")
    form = DirectoryFilterForm(request.GET or None)
    if form.is_valid():
        data = form.cleaned_data
        if data["municipality"]:
            associations = associations.filter(municipality=data["municipality"])
        if data["association_type"]:
            associations = associations.filter(association_type=data["association_type"])
    associations = list(associations)
    if form.is_valid() and form.cleaned_data["language"]:
        # In Python: JSON containment is not portable to SQLite, and the list is short.
        associations = [a for a in associations if form.cleaned_data["language"] in (a.activity_languages or [])]
    records = AssociationReadiness.objects.filter(association__in=associations)
    summaries = dict(records.values_list("association_id", "public_summary"))
    links = verification_links(associations)
    entries = [
        {
            "association": a,
            "approval": approvals[a.pk],
            "summary": summaries.get(a.pk) or a.public_description,
            "verify_url": links.get(a.pk),
        }
        for a in associations
    ]
    return render(request, "readiness/directory.html", {"form": form, "entries": entries})


def profile(request, slug):
    """Public profile of an association that has ever been approved (a badge's evidence page)."""
    association = get_object_or_404(Association.objects.select_related("municipality"), slug=slug)
    approval = Approval.objects.filter(association=association).order_by("-approved_at", "-pk").first()
    if approval is None:
        raise Http404
    record = AssociationReadiness.objects.filter(association=association).first()
    return render(
        request,
        "readiness/profile.html",
        {
            "association": association,
            "approval": approval,
            "record": record,
            "summary": (record.public_summary if record else "") or association.public_description,
            "verify_url": verification_links([association]).get(association.pk),
        },
    )
