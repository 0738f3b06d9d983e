"""The codes of everything the audit log records, with labels people read."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    # Associations: who belongs, in which role.
    MEMBER_ROLE_CHANGED = "membership.role_changed", _("Member's role changed")
    MEMBER_REMOVED = "membership.removed", _("Member removed")
    MEMBER_LEFT = "membership.left", _("Member left the association")
    MEMBER_IMPORT_APPLIED = "membership.import_applied", _("Member list imported")
    INVITATION_CREATED = "invitation.created", _("Invitation sent")
    INVITATION_REVOKED = "invitation.revoked", _("Invitation withdrawn")
    INVITATION_ACCEPTED = "invitation.accepted", _("Invitation accepted")
    # Readiness decisions of a coordinator.
    READINESS_APPROVED = "readiness.approved", _("Readiness approved")
    READINESS_RETURNED = "readiness.returned", _("Readiness returned for changes")
    # Badges.
    BADGE_AWARDED = "badge.awarded", _("Badge awarded")
    BADGE_REVOKED = "badge.revoked", _("Badge revoked")
    # Downloads of other people's data.
    REPORT_EXPORTED = "report.exported", _("Report downloaded")
    PARTICIPANTS_EXPORTED = "live.participants_exported", _("Participant list downloaded")
    # Newcomers' try requests (activities): who opened or deleted one.
    TRY_REQUEST_VIEWED = "tryout.request_viewed", _("Try request opened")
    TRY_REQUEST_DELETED = "tryout.request_deleted", _("Try request deleted")
    # A person's own account.
    PERSONAL_DATA_DOWNLOADED = "account.personal_data_downloaded", _("Own personal data downloaded")
    ACCOUNT_DELETED = "account.deleted", _("Account deleted")
    MFA_AUTHENTICATOR_ADDED = "mfa.authenticator_added", _("Second factor added")
    MFA_AUTHENTICATOR_REMOVED = "mfa.authenticator_removed", _("Second factor removed")
    MFA_AUTHENTICATOR_RESET = "mfa.authenticator_reset", _("Recovery codes regenerated")
