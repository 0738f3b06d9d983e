"""Who may see and manage live sessions and their participants: the one
place for live's scope rules, built only from the scope querysets
(`associations/querysets.py`) and `is_staff`.

- The trainers of a session (listed on its canonical, default-language page)
  and staff manage it: participants, attendance, check-in code, cancelling.
  They see every participant of that session, whatever their association.
- People who oversee associations (regional coordinators, association
  contacts: `Association.objects.overseen_by`) see, read only, the
  participants who are active members of those associations, and the
  sessions such members registered for.
- Anyone else sees no participant list: the views answer 404.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, QuerySet
from wagtail.coreutils import get_supported_content_language_variant

from associations.models import Association
from associations.querysets import is_staff
from live.models import LiveSessionPage


def is_trainer_of(user, session: LiveSessionPage) -> bool:
    """True for staff and for the trainers of the session (of its canonical page)."""
    if not user.is_authenticated:
        return False
    if is_staff(user):
        return True
    # Trainers are listed on the canonical page, the default-language translation
    # (translations may copy them); the page itself counts when it has none.
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    pages = Q(pk=session.pk) | Q(translation_key=session.translation_key, locale__language_code=default)
    return LiveSessionPage.objects.filter(pages, trainers=user).exists()


def sessions_visible_to(user) -> QuerySet:
    """Sessions on the user's trainer page: every one for staff; those they
    train, and those members of associations they oversee registered for."""
    sessions = LiveSessionPage.objects.all()
    if is_staff(user):
        return sessions
    overseen = Association.objects.overseen_by(user).values("pk")
    return sessions.filter(
        Q(trainers=user)
        | Q(
            registrations__user__memberships__association__in=overseen,
            registrations__user__memberships__active=True,
        )
    ).distinct()


def trains(user) -> bool:
    """Whether the user trains: staff, a trainer of any live session, or a
    member of the "Live trainers" group. Decides who sees trainer-only
    navigation; a contact or coordinator who trains nothing does not."""
    from live.authoring import LIVE_TRAINERS

    if not user.is_authenticated:
        return False
    return is_staff(user) or user.live_sessions_trained.exists() or user.groups.filter(name=LIVE_TRAINERS).exists()


def may_see_trainings(user) -> bool:
    """Whether the trainer page ("My trainings") is open to the user at all."""
    if not user.is_authenticated:
        return False
    return is_staff(user) or user.live_sessions_trained.exists() or Association.objects.overseen_by(user).exists()


def may_view_participants(user, session: LiveSessionPage) -> bool:
    return is_trainer_of(user, session) or Association.objects.overseen_by(user).exists()


@dataclass(frozen=True)
class ParticipantScope:
    """`manages`: trainer or staff, sees everyone and may mark attendance.
    Otherwise `associations` (pks) limits the participants shown to their active members."""

    manages: bool
    associations: QuerySet | None


def participant_scope(user, session: LiveSessionPage) -> ParticipantScope:
    if is_trainer_of(user, session):
        return ParticipantScope(manages=True, associations=None)
    return ParticipantScope(manages=False, associations=Association.objects.overseen_by(user).values("pk"))
