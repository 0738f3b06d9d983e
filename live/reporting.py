"""Attendance figures for readiness and reports (the cross-app contract).

Every function runs a constant number of queries, whatever the number of
users, associations or sessions. Only sessions' canonical pages carry
registrations and attendance (see live.services.canonical_session), so
counting over the rows counts each session once.
"""

from datetime import datetime

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import Page

from live.models import Attendance, LiveSessionPage, Registration, RegistrationStatus, SessionCancellation


def default_language() -> str:
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant

    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def sessions_attended_by_user(user_ids) -> dict[int, int]:
    """user_id -> number of sessions attended (users with none are absent)."""
    ids = list(user_ids)
    if not ids:
        return {}
    rows = Attendance.objects.filter(user_id__in=ids).values("user_id").annotate(n=Count("session_id", distinct=True))
    return {row["user_id"]: row["n"] for row in rows}


def attendance_by_association(association_ids) -> dict[int, int]:
    """association_id -> number of distinct active members who attended at
    least one session, any time (associations with none are absent)."""
    from associations.models import Membership

    ids = list(association_ids)
    if not ids:
        return {}
    attended = Attendance.objects.filter(user_id=OuterRef("user_id"))
    rows = (
        Membership.objects.filter(association_id__in=ids, active=True)
        .filter(Exists(attended))
        .values("association_id")
        .annotate(n=Count("user_id", distinct=True))
    )
    return {row["association_id"]: row["n"] for row in rows}


def attendance_rows(user_ids) -> list[dict]:
    """One dict per attendance: user_id, session_id, title, starts_at."""
    ids = list(user_ids)
    if not ids:
        return []
    rows = (
        Attendance.objects.filter(user_id__in=ids)
        .order_by("session__starts_at", "user_id")
        .values("user_id", "session_id", "session__title", "session__starts_at")
    )
    return [
        {
            "user_id": row["user_id"],
            "session_id": row["session_id"],
            "title": row["session__title"],
            "starts_at": row["session__starts_at"],
        }
        for row in rows
    ]


def session_summaries(association_ids=None, since: datetime | None = None) -> list[dict]:
    """Per session (oldest first): session_id, title, starts_at, language,
    registered, attended. With `association_ids`, only people who are active
    members of those associations count. `since` keeps sessions starting then
    or later. Sessions without any registration or attendance are included
    (zeros) only when they are live pages."""
    people = Q()
    if association_ids is not None:
        from associations.models import Membership

        members = Membership.objects.filter(association_id__in=list(association_ids), active=True).values("user_id")
        people = Q(user_id__in=members)

    def count_of(model, extra: Q):
        rows = (
            model.objects.filter(extra, people, session_id=OuterRef("pk"))
            .order_by()
            .values("session_id")
            .annotate(n=Count("user_id", distinct=True))
            .values("n")
        )
        return Coalesce(Subquery(rows, output_field=IntegerField()), 0)

    sessions = LiveSessionPage.objects.filter(
        Q(live=True)
        | Exists(Registration.objects.filter(session_id=OuterRef("pk")))
        | Exists(Attendance.objects.filter(session_id=OuterRef("pk")))
    )
    # A translated session page shares its session with the default-language page.
    default_sibling = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=default_language()
    ).exclude(pk=OuterRef("pk"))
    sessions = sessions.exclude(Exists(default_sibling))
    if since is not None:
        sessions = sessions.filter(starts_at__gte=since)
    sessions = sessions.annotate(
        registered_count=count_of(Registration, Q(status=RegistrationStatus.REGISTERED)),
        attended_count=count_of(Attendance, Q()),
        is_cancelled=Exists(SessionCancellation.objects.filter(session_id=OuterRef("pk"))),
    ).order_by("starts_at", "pk")
    return [
        {
            "session_id": row["pk"],
            "title": row["title"],
            "starts_at": row["starts_at"],
            "language": row["language"],
            "registered": row["registered_count"],
            "attended": row["attended_count"],
            # Beyond the contract (additive): a called-off session's registrations did not meet.
            "cancelled": row["is_cancelled"],
        }
        for row in sessions.values(
            "pk", "title", "starts_at", "language", "registered_count", "attended_count", "is_cancelled"
        )
    ]
