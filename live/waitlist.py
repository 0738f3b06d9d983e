"""Waiting-list positions for many registrations in one query."""

from django.db.models import Case, Count, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce

from live.models import Registration, RegistrationStatus


def with_waitlist_position(registrations):
    """Annotate `waitlist_position` (1 = next to get a place; None when not on
    the waiting list), the same number as `services.waitlist_position`, as a
    subquery: no query per registration."""
    ahead = (
        Registration.objects.filter(
            session_id=OuterRef("session_id"),
            status=RegistrationStatus.WAITLISTED,
            queued_at__lt=OuterRef("queued_at"),
        )
        .order_by()
        .values("session_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return registrations.annotate(
        waitlist_position=Case(
            When(
                status=RegistrationStatus.WAITLISTED,
                then=Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0)) + 1,
            ),
            default=None,
            output_field=IntegerField(),
        )
    )
