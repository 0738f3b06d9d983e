"""An association's audit log, for its contacts (and staff): who changed its
members, roles, invitations, readiness and badges, and who downloaded its
reports. Scope is `managed_by`; anyone else gets 404."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

import audit
from associations.models import Association, Role
from audit.models import AuditEvent

EVENTS_PER_PAGE = 50


def _role_label(value) -> str:
    return str(Role(value).label) if value in Role.values else str(value or "")


def describe(event: AuditEvent) -> str:
    """A short, translated line of what the event's details say."""
    details = event.details or {}
    if event.action == audit.Action.MEMBER_ROLE_CHANGED:
        return _("%(old)s → %(new)s") % {"old": _role_label(details.get("from")), "new": _role_label(details.get("to"))}
    if event.action in (
        audit.Action.INVITATION_CREATED,
        audit.Action.INVITATION_REVOKED,
        audit.Action.INVITATION_ACCEPTED,
    ):
        return _("Role: %(role)s") % {"role": _role_label(details.get("role"))}
    if event.action == audit.Action.MEMBER_IMPORT_APPLIED:
        rows = int(details.get("rows") or 0)
        return ngettext("%(rows)s row, %(invited)s invited", "%(rows)s rows, %(invited)s invited", rows) % {
            "rows": details.get("rows", 0),
            "invited": details.get("invite", 0),
        }
    if event.action == audit.Action.REPORT_EXPORTED:
        return _("Table: %(table)s (%(format)s)") % {
            "table": details.get("table", ""),
            "format": str(details.get("format", "")).upper(),
        }
    if event.action == audit.Action.BADGE_REVOKED and details.get("reason"):
        return _("Reason: %(reason)s") % {"reason": details["reason"]}
    return ""


@login_required
def association_log(request, slug):
    association = get_object_or_404(Association.objects.managed_by(request.user), slug=slug)
    # After the scope check, so that outsiders get 404 for every method.
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    events = AuditEvent.objects.about_association(association.pk)
    events_page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    rows = [(event, describe(event)) for event in events_page]
    return render(
        request,
        "audit/association_log.html",
        {"association": association, "events_page": events_page, "rows": rows},
    )
