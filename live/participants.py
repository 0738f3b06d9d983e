"""A session's participant list, grouped by association, as the user may see it.

Who sees whom is live/scope.py (`participant_scope`): trainers of the session
and staff see everyone and may mark attendance; people who oversee
associations see only those associations' active members, read-only; anyone
else gets 404 (`may_view_participants`).
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from associations.models import Membership
from live.models import Attendance, LiveSessionPage, Registration, RegistrationStatus
from live.scope import participant_scope
from live.services import canonical_session


@dataclass
class Participant:
    registration: Registration
    associations: list[str]
    attended: bool


@dataclass
class AssociationGroup:
    name: str
    participants: list[Participant] = field(default_factory=list)


@dataclass
class ParticipantList:
    session: LiveSessionPage
    manages: bool
    registered: list[Participant]
    waitlisted: list[Participant]

    @property
    def by_association(self) -> list[AssociationGroup]:
        """Registered participants per association (a person in two associations
        is listed in both); people without one come last."""
        groups: dict[str, AssociationGroup] = {}
        nobody = AssociationGroup(_("No association"))
        for participant in self.registered:
            if not participant.associations:
                nobody.participants.append(participant)
            for name in participant.associations:
                groups.setdefault(name, AssociationGroup(name)).participants.append(participant)
        ordered = [groups[name] for name in sorted(groups, key=str.casefold)]
        return ordered + ([nobody] if nobody.participants else [])


def participant_list(user, session: LiveSessionPage) -> ParticipantList:
    """The participants `user` may see (call `live.scope.may_view_participants` first)."""
    session = canonical_session(session)
    scope = participant_scope(user, session)
    manages = scope.manages
    memberships = Membership.objects.active().select_related("association").order_by("association__name")
    registrations = Registration.objects.filter(session=session).exclude(status=RegistrationStatus.CANCELLED)
    if not manages:
        overseen = scope.associations
        memberships = memberships.filter(association__in=overseen)
        registrations = registrations.filter(
            user__memberships__association__in=overseen, user__memberships__active=True
        ).distinct()
    registrations = registrations.select_related("user").prefetch_related(
        Prefetch("user__memberships", queryset=memberships, to_attr="shown_memberships")
    )
    attended = set(Attendance.objects.filter(session=session).values_list("user_id", flat=True))
    rows = [
        Participant(r, [m.association.name for m in r.user.shown_memberships], r.user_id in attended)
        for r in registrations.order_by("user__last_name", "user__first_name", "user__email")
    ]
    return ParticipantList(
        session=session,
        manages=manages,
        registered=[p for p in rows if p.registration.is_registered],
        waitlisted=sorted(
            (p for p in rows if p.registration.is_waitlisted),
            key=lambda p: (p.registration.queued_at, p.registration.pk),
        ),
    )
