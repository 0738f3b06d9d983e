"""Live sessions in the personal-data export.

For a participant: registrations (with the reminders and confirmations sent
about them) and attendance. Whether a calendar feed exists, never its secret
token. For a trainer: the sessions they train, the attendance they marked and
the sessions they cancelled, without the participants' names (those are the
participants' data, in their own downloads).
"""

from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register_section
from live.models import Attendance, CalendarFeed, LiveSessionPage, Registration, SessionCancellation


def _moment(value):
    return value.isoformat() if value else None


def _session(page) -> dict:
    return {"title": page.title, "starts_at": _moment(page.starts_at), "ends_at": _moment(page.ends_at)}


def personal_live(user) -> dict:
    """Registrations, attendance, calendar feeds; and as a trainer, what they did."""
    registrations = (
        Registration.objects.filter(user=user)
        .select_related("session")
        .prefetch_related("reminders", "confirmations")
        .order_by("created_at", "pk")
    )
    return {
        "registrations": [
            {
                "session": _session(r.session),
                "status": r.status,
                "registered_at": _moment(r.created_at),
                "queued_at": _moment(r.queued_at),
                "promoted_at": _moment(r.promoted_at),
                "cancelled_at": _moment(r.cancelled_at),
                "reminders_sent": [{"kind": m.kind, "sent_at": _moment(m.sent_at)} for m in r.reminders.all()],
                "confirmations_sent": [
                    {"status": c.status, "sent_at": _moment(c.sent_at)} for c in r.confirmations.all()
                ],
            }
            for r in registrations
        ],
        "attendance": [
            {"session": _session(a.session), "attended_at": _moment(a.attended_at), "method": a.method}
            for a in Attendance.objects.filter(user=user).select_related("session").order_by("attended_at", "pk")
        ],
        "calendar_feeds": [
            {"created_at": _moment(f.created_at), "revoked_at": _moment(f.revoked_at), "active": f.revoked_at is None}
            for f in CalendarFeed.objects.filter(user=user).order_by("created_at", "pk")
        ],
        "sessions_trained": [
            _session(page) for page in LiveSessionPage.objects.filter(trainers=user).order_by("starts_at", "pk")
        ],
        "attendance_marked": [
            {"session": _session(a.session), "attended_at": _moment(a.attended_at)}
            for a in Attendance.objects.filter(marked_by=user)
            .exclude(user=user)
            .select_related("session")
            .order_by("attended_at", "pk")
        ],
        "sessions_cancelled": [
            {"session": _session(c.session), "cancelled_at": _moment(c.cancelled_at), "reason": c.reason}
            for c in SessionCancellation.objects.filter(cancelled_by=user).select_related("session")
        ],
    }


register_section(
    "live",
    personal_live,
    label=_("Live sessions: registrations, attendance and calendar feeds"),
    models=[Registration, Attendance, CalendarFeed, SessionCancellation, LiveSessionPage],
)
