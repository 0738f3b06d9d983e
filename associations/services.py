"""Membership processes: joining, inviting, approving, leaving.

Every function here is safe to call twice: a second call with the same input
changes nothing and returns the same row. E-mails go out only after the
transaction commits.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

import audit
from associations import notices
from associations.models import (
    INVITE_LINK_DAYS,
    Association,
    Invitation,
    JoinRequest,
    Membership,
    Role,
    new_token,
)
from associations.tasks import send_invitation_email


class MembershipError(Exception):
    """A membership action that cannot be done; the message is for the person."""


@dataclass(frozen=True)
class Added:
    membership: Membership
    created: bool


def add_member(association: Association, user, role: str = Role.MEMBER) -> Added:
    """Make `user` an active member of `association`.

    Idempotent: an existing active membership is returned unchanged (its role
    is not downgraded); a past membership is reactivated. Membership in other
    associations is never touched. Safe under concurrent calls (unique key).
    """
    with transaction.atomic():
        membership = Membership.objects.select_for_update().filter(user=user, association=association).first()
        if membership is None:
            try:
                with transaction.atomic():
                    membership = Membership.objects.create(user=user, association=association, role=role)
                return Added(membership, True)
            except IntegrityError:
                membership = Membership.objects.get(user=user, association=association)
        if not membership.active:
            membership.active = True
            membership.left_on = None
            membership.role = role
            membership.joined_on = timezone.localdate()
            membership.save(update_fields=["active", "left_on", "role", "joined_on"])
            return Added(membership, True)
        return Added(membership, False)


def leave(membership: Membership, *, by=None) -> None:
    """End a membership, keeping the row for history. Idempotent.

    The last active contact cannot leave: the association would have nobody
    to manage it. Audited: "left" when `by` is the member, else "removed".
    """
    if not membership.active:
        return
    if membership.role == Role.CONTACT:
        others = Membership.objects.active().filter(association=membership.association, role=Role.CONTACT)
        if not others.exclude(pk=membership.pk).exists():
            raise MembershipError(
                _("You are the only contact person of this association. Name another contact before leaving.")
            )
    with transaction.atomic():
        membership.active = False
        membership.left_on = timezone.localdate()
        membership.save(update_fields=["active", "left_on"])
        left = by is not None and by.pk == membership.user_id
        action = audit.Action.MEMBER_LEFT if left else audit.Action.MEMBER_REMOVED
        audit.record(action, actor=by, subject=membership.user, association=membership.association, target=membership)


def change_role(membership: Membership, role: str, *, by=None) -> Membership:
    """Change a member's role; the last contact cannot be demoted. Audited when the role changes."""
    if role not in Role.values:
        raise MembershipError(_("Unknown role."))
    if membership.role == Role.CONTACT and role != Role.CONTACT:
        others = Membership.objects.active().filter(association=membership.association, role=Role.CONTACT)
        if not others.exclude(pk=membership.pk).exists():
            raise MembershipError(_("The association needs at least one contact person."))
    previous = membership.role
    with transaction.atomic():
        membership.role = role
        membership.save(update_fields=["role"])
        if previous != role:
            audit.record(
                audit.Action.MEMBER_ROLE_CHANGED,
                actor=by,
                subject=membership.user,
                association=membership.association,
                target=membership,
                details={"from": previous, "to": role},
            )
    return membership


# Invite links ---------------------------------------------------------------


def rotate_invite_link(association: Association, days: int = INVITE_LINK_DAYS) -> Association:
    """Issue a new invite link valid for `days`; the old link stops working at once."""
    association.invite_token = new_token()
    association.invite_expires_at = timezone.now() + timedelta(days=days)
    association.save(update_fields=["invite_token", "invite_expires_at"])
    return association


def disable_invite_link(association: Association) -> Association:
    association.invite_token = new_token()
    association.invite_expires_at = None
    association.save(update_fields=["invite_token", "invite_expires_at"])
    return association


def association_for_invite_link(slug: str, token: str) -> Association | None:
    """The association whose current, unexpired invite link is (slug, token); else None."""
    association = Association.objects.filter(slug=slug, invite_token=token).first()
    if association is None or not association.invite_link_valid:
        return None
    return association


# E-mail invitations ---------------------------------------------------------


def _open_invitation(association: Association, email: str) -> Invitation | None:
    """The invitation to `email` that is neither accepted nor revoked (the
    database allows at most one), expired or not."""
    return Invitation.objects.filter(
        association=association, email__iexact=email, accepted_at__isnull=True, revoked_at__isnull=True
    ).first()


def invite_by_email(association: Association, email: str, *, name: str = "", role: str = Role.MEMBER, invited_by=None):
    """Invite `email` to `association`; the e-mail goes out after commit.

    Returns (invitation, created). Adds nobody: the person joins, in `role`,
    only by accepting (`accept_invitation`). Idempotent and safe under
    concurrent calls: the unique constraint `one_open_invitation_per_address`
    lets only one request create the row; every other request gets that
    row back with created False, and only the creating request sends the
    e-mail. An expired invitation is revoked and replaced. An address that
    already belongs to an active member gets no invitation (None, False).
    The holder of an account with that verified address is notified through
    the notification centre instead of the plain invitation mail.
    """
    email = email.strip().lower()
    if Membership.objects.active().filter(association=association, user__email__iexact=email).exists():
        return None, False
    with transaction.atomic():
        existing = _open_invitation(association, email)
        if existing is not None and existing.is_pending:
            return existing, False
        if existing is not None:  # expired: make room for the new one
            Invitation.objects.filter(pk=existing.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
        try:
            with transaction.atomic():
                invitation = Invitation.objects.create(
                    association=association, email=email, name=name, role=role, invited_by=invited_by
                )
                _audit_invitation(audit.Action.INVITATION_CREATED, invitation, invited_by)
        except IntegrityError:
            # A concurrent request created it between our look and our insert.
            winner = _open_invitation(association, email)
            if winner is None:
                raise
            return winner, False
        account = notices.invited_account(invitation)
        if account is not None:
            # A person with an account hears through the notification centre
            # (and its e-mail, in their language), not also by the plain mail.
            notices.invited(invitation, account)
            return invitation, True
        language = translation.get_language() or settings.LANGUAGE_CODE
        # Registered only for the row this call created, and run only if the
        # transaction commits. Through the task framework: a failing mail
        # server never turns the contact's request into a 500, and a big
        # import does not wait on SMTP.
        transaction.on_commit(lambda: send_invitation_email.enqueue(invitation.pk, language), robust=True)
    return invitation, True


def accept_invitation(invitation: Invitation, user) -> Added:
    """Accept a pending invitation for `user`, whose verified address must match.

    This is the only way an invitation (including one from a member import)
    makes someone a member or gives them a role. Idempotent for the same
    user: accepting again returns the membership.
    """
    expired = _("This invitation has expired or was withdrawn. Ask your contact person for a new one.")
    if invitation.accepted_by_id == user.pk:
        return Added(Membership.objects.get(user=user, association=invitation.association), False)
    if not invitation.is_pending:
        raise MembershipError(expired)
    if not user.emailaddress_set.filter(email__iexact=invitation.email, verified=True).exists():
        raise MembershipError(
            _("This invitation was sent to another e-mail address. Log in with that address to accept it.")
        )
    with transaction.atomic():
        # Locked and read again: a revoke or another accept at the same moment is seen, not overwritten.
        invitation = Invitation.objects.select_for_update().select_related("association").get(pk=invitation.pk)
        if invitation.accepted_by_id == user.pk:
            return Added(Membership.objects.get(user=user, association=invitation.association), False)
        if not invitation.is_pending:
            raise MembershipError(expired)
        added = add_member(invitation.association, user, invitation.role)
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        _audit_invitation(audit.Action.INVITATION_ACCEPTED, invitation, user, subject=user)
    return added


def revoke_invitation(invitation: Invitation, *, by=None) -> None:
    """Withdraw a pending invitation. Idempotent; audited once."""
    if invitation.revoked_at is None and invitation.accepted_at is None:
        with transaction.atomic():
            invitation.revoked_at = timezone.now()
            invitation.save(update_fields=["revoked_at"])
            _audit_invitation(audit.Action.INVITATION_REVOKED, invitation, by)


def _audit_invitation(action, invitation: Invitation, actor, subject=None) -> None:
    # Before acceptance the invitee is only an address (who may have no account).
    audit.record(
        action,
        actor=actor,
        subject=subject or invitation.email,
        association=invitation.association,
        target=invitation,
        details={"role": invitation.role},
    )


# Join requests --------------------------------------------------------------


def request_to_join(association: Association, user, message: str = "") -> JoinRequest | None:
    """Ask to join. Idempotent: returns the pending request if one exists,
    None when the person is already an active member. Only a new request
    notifies the association's contacts."""
    if Membership.objects.active().filter(user=user, association=association).exists():
        return None
    try:
        with transaction.atomic():
            join_request = JoinRequest.objects.create(association=association, user=user, message=message)
            notices.join_requested(join_request)
            return join_request
    except IntegrityError:
        return JoinRequest.objects.get(association=association, user=user, status=JoinRequest.Status.PENDING)


def decide_join_request(join_request: JoinRequest, *, approve: bool, decided_by) -> JoinRequest:
    """Approve (adds the membership) or decline a pending request, and tell the
    person who asked. Deciding twice changes nothing and notifies nobody again."""
    with transaction.atomic():
        join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
        if join_request.status != JoinRequest.Status.PENDING:
            return join_request
        if approve:
            add_member(join_request.association, join_request.user)
        join_request.status = JoinRequest.Status.APPROVED if approve else JoinRequest.Status.DECLINED
        join_request.decided_at = timezone.now()
        join_request.decided_by = decided_by
        join_request.save(update_fields=["status", "decided_at", "decided_by"])
        notices.join_decided(join_request)
    return join_request
