"""Member import by the association contact: upload → preview → confirm.

Only those who manage the association (its contacts, staff) reach these
pages; everybody else gets 404, anonymous visitors the login page.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from associations import import_service
from associations.csv_import import (
    DELIMITER_LABELS,
    ENCODING_CP1252,
    ENCODING_LABELS,
    MAX_ROWS,
    row_error_message,
    row_note_message,
)
from associations.forms_import import MemberImportForm
from associations.import_service import Outcome
from associations.models import Association, MemberImport, Role
from associations.services import MembershipError

# One wording whether or not an address has an account: the preview and the
# result must not tell the uploader who has one (issue 17).
PLANNED_LABELS = {
    Outcome.INVITE: gettext_lazy("Will be invited by e-mail"),
    Outcome.UNCHANGED: gettext_lazy("Already a member: no change"),
    Outcome.ALREADY_INVITED: gettext_lazy("Already invited: no change"),
    Outcome.DUPLICATE: gettext_lazy("Duplicate of line %(line)s: skipped"),
}
APPLIED_LABELS = {
    Outcome.INVITE: gettext_lazy("Invited by e-mail"),
    Outcome.UNCHANGED: gettext_lazy("Already a member: no change"),
    Outcome.ALREADY_INVITED: gettext_lazy("Already invited: no change"),
    Outcome.DUPLICATE: gettext_lazy("Duplicate of line %(line)s: skipped"),
    Outcome.ADD: gettext_lazy("Added"),  # imports applied before imports became invitation-only
}


def _managed_association(request, slug: str) -> Association:
    return get_object_or_404(Association.objects.managed_by(request.user), slug=slug)


def _member_import(request, association: Association, pk: int) -> MemberImport:
    return get_object_or_404(MemberImport.objects.visible_to(request.user), pk=pk, association=association)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def upload(request, slug):
    association = _managed_association(request, slug)
    if request.method == "POST":
        form = MemberImportForm(request.POST, request.FILES)
        if form.is_valid():
            member_import = import_service.create_preview(
                association, request.user, form.cleaned_data["file"].name, form.parsed
            )
            return redirect("associations:import_preview", slug=association.slug, pk=member_import.pk)
    else:
        form = MemberImportForm()
    recent = MemberImport.objects.visible_to(request.user).filter(association=association)[:5]
    context = {"association": association, "form": form, "recent_imports": recent, "max_rows": MAX_ROWS}
    return render(request, "associations/import_upload.html", context)


def _display_rows(member_import: MemberImport) -> list[dict]:
    labels = APPLIED_LABELS if member_import.status == MemberImport.Status.APPLIED else PLANNED_LABELS
    roles = dict(Role.choices)
    rows = []
    for row in member_import.rows:
        label = labels.get(row.get("outcome"), row.get("outcome", ""))
        rows.append(
            {
                "line": row["line"],
                "email": row["email"],
                "name": row.get("name", ""),
                "role": roles.get(row.get("role"), row.get("role", "")),
                "outcome": row.get("outcome"),
                "outcome_label": str(label) % {"line": row.get("duplicate_of")},
                "notes": [row_note_message(n["code"], n.get("params", {})) for n in row.get("notes", [])],
            }
        )
    return rows


def _display_errors(member_import: MemberImport) -> list[dict]:
    return [
        {
            "line": error["line"],
            "message": row_error_message(error["code"], error.get("params", {}))
            if error.get("code")
            else error.get("message", ""),
        }
        for error in member_import.errors
    ]


@login_required
@require_http_methods(["GET", "HEAD"])
def preview(request, slug, pk):
    association = _managed_association(request, slug)
    member_import = _member_import(request, association, pk)
    applied = member_import.status == MemberImport.Status.APPLIED
    counts = member_import.summary if applied else import_service.count_outcomes(member_import.rows)
    context = {
        "association": association,
        "member_import": member_import,
        "applied": applied,
        "rows": _display_rows(member_import),
        "errors": _display_errors(member_import),
        "counts": counts,
        "encoding_label": ENCODING_LABELS.get(member_import.encoding, member_import.encoding),
        "read_as_windows_1252": member_import.encoding == ENCODING_CP1252,
        "delimiter_label": DELIMITER_LABELS.get(member_import.delimiter, member_import.delimiter),
        "can_confirm": not applied and not member_import.errors and bool(member_import.rows),
    }
    return render(request, "associations/import_preview.html", context)


@login_required
@require_POST
def confirm(request, slug, pk):
    association = _managed_association(request, slug)
    member_import = _member_import(request, association, pk)
    already_applied = member_import.status == MemberImport.Status.APPLIED
    try:
        member_import = import_service.apply_import(member_import, request.user)
    except MembershipError as exc:
        messages.error(request, str(exc))
        return redirect("associations:import_preview", slug=association.slug, pk=member_import.pk)
    if already_applied:
        messages.info(request, _("This list was already imported. Nothing more was changed."))
    else:
        summary = member_import.summary
        messages.success(
            request,
            _(
                "Import done: %(invited)s invited by e-mail, %(unchanged)s unchanged. "
                "People join only when they accept their invitation."
            )
            % {
                "invited": summary.get(Outcome.INVITE, 0),
                "unchanged": summary.get(Outcome.UNCHANGED, 0)
                + summary.get(Outcome.ALREADY_INVITED, 0)
                + summary.get(Outcome.DUPLICATE, 0),
            },
        )
    return redirect("associations:import_preview", slug=association.slug, pk=member_import.pk)
