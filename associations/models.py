"""Who belongs where: regions, municipalities, associations and memberships,
and the ways in (invite links, e-mail invitations, join requests)."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from associations.querysets import (
    AssociationQuerySet,
    InvitationQuerySet,
    JoinRequestQuerySet,
    MemberImportQuerySet,
    MembershipQuerySet,
)

INVITE_LINK_DAYS = 30
INVITATION_DAYS = 14


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Region(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    code = models.CharField(_("code"), max_length=10, unique=True, help_text=_("Statistics Finland region code."))
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="CoordinatorAssignment",
        related_name="coordinated_regions",
        verbose_name=_("coordinators"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("region")
    )
    name = models.CharField(_("name"), max_length=100)
    code = models.CharField(_("code"), max_length=10, unique=True, help_text=_("Statistics Finland municipality code."))

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name


class CoordinatorAssignment(models.Model):
    """A regional coordinator's responsibility for one region."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coordinator_assignments")
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="coordinator_assignments")
    assigned_on = models.DateField(_("assigned on"), default=timezone.localdate)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "region"], name="unique_coordinator_region")]
        verbose_name = _("coordinator assignment")
        verbose_name_plural = _("coordinator assignments")

    def __str__(self) -> str:
        return f"{self.user} – {self.region}"


# Languages an activity can be joined in: the UI languages and the largest
# newcomer languages in Finland (see shared/domain.md).
ACTIVITY_LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
    ("et", _("Estonian")),
    ("so", _("Somali")),
    ("fa", _("Persian")),
    ("ckb", _("Kurdish (Sorani)")),
]


class AssociationType(models.TextChoices):
    SPORTS_CLUB = "sports_club", _("Sports club")
    FOUR_H = "4h", _("4H club")
    FAMILY_CAFE = "family_cafe", _("Family café")
    CULTURE = "culture", _("Culture society")
    OTHER = "other", _("Other")


class Association(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=80, unique=True, allow_unicode=False)
    association_type = models.CharField(_("type"), max_length=20, choices=AssociationType.choices)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="associations", verbose_name=_("municipality")
    )
    website = models.URLField(_("website"), blank=True)
    public_description = models.TextField(_("public description"), max_length=2000, blank=True)
    activity_languages = models.JSONField(
        _("languages the activities can be joined in"),
        default=list,
        blank=True,
        help_text=_("Language codes, e.g. fi, sv, en, ar, ru."),
    )
    public_contact_name = models.CharField(_("public contact name"), max_length=200, blank=True)
    public_contact_email = models.EmailField(_("public contact e-mail"), blank=True)
    public_contact_phone = models.CharField(_("public contact phone"), max_length=40, blank=True)
    invite_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    invite_expires_at = models.DateTimeField(_("invite link valid until"), null=True, blank=True)
    # False while the association is dormant: its activities leave the public offering.
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AssociationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("association")
        verbose_name_plural = _("associations")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("associations:detail", args=[self.slug])

    @property
    def activity_language_names(self) -> list[str]:
        names = dict(ACTIVITY_LANGUAGES)
        return [str(names.get(code, code)) for code in self.activity_languages]

    @property
    def invite_link_valid(self) -> bool:
        return self.invite_expires_at is not None and self.invite_expires_at > timezone.now()


class Role(models.TextChoices):
    MEMBER = "member", _("Member")
    BOARD_MEMBER = "board_member", _("Board member")
    COACH = "coach", _("Coach or instructor")
    CONTACT = "contact", _("Association contact")


class Membership(models.Model):
    """A person's place in one association. A person may belong to several.

    Rows are never deleted when someone leaves: `active` goes false and
    `left_on` is set, so history and reports stay right.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    association = models.ForeignKey(Association, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    active = models.BooleanField(_("active"), default=True)
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)
    left_on = models.DateField(_("left on"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["association__name", "user__last_name", "user__first_name", "user__email"]
        constraints = [models.UniqueConstraint(fields=["user", "association"], name="unique_membership")]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user} @ {self.association}"


class Invitation(models.Model):
    """An e-mail invitation from a contact (or a member import) to join an association."""

    association = models.ForeignKey(Association, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="invitations_sent"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # One open invitation per address and association, whatever the
            # letter case: concurrent invites (double click, two contacts, an
            # import) cannot create a second row or send a second e-mail.
            # "Open" cannot include "not expired" (the database has no
            # stable now()), so renewing an expired invitation revokes it first.
            models.UniqueConstraint(
                Lower("email"),
                "association",
                condition=models.Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="one_open_invitation_per_address",
            )
        ]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.email} → {self.association}"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        if not self.expires_at:
            self.expires_at = timezone.now() + timedelta(days=INVITATION_DAYS)
        super().save(*args, **kwargs)

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > timezone.now()


class JoinRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests")
    association = models.ForeignKey(Association, on_delete=models.CASCADE, related_name="join_requests")
    message = models.TextField(_("message to the contact person"), max_length=1000, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    objects = JoinRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # One open request per person and association.
            models.UniqueConstraint(
                fields=["user", "association"],
                condition=models.Q(status="pending"),
                name="one_pending_join_request",
            )
        ]
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")

    def __str__(self) -> str:
        return f"{self.user} → {self.association} ({self.status})"


class MemberImport(models.Model):
    """One uploaded member CSV: parsed rows and row errors kept for the preview,
    then applied all-or-nothing on confirm. Kept afterwards as an audit trail."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Waiting for confirmation")
        APPLIED = "applied", _("Imported")

    association = models.ForeignKey(Association, on_delete=models.CASCADE, related_name="member_imports")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    filename = models.CharField(max_length=255, blank=True)
    encoding = models.CharField(max_length=40, blank=True)
    delimiter = models.CharField(max_length=1, blank=True)
    rows = models.JSONField(default=list, help_text="Valid rows: [{line, email, name, role, outcome}]")
    errors = models.JSONField(default=list, help_text="Row errors: [{line, message}]")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PREVIEW)
    applied_at = models.DateTimeField(null=True, blank=True)
    summary = models.JSONField(default=dict, blank=True)

    objects = MemberImportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("member import")
        verbose_name_plural = _("member imports")

    def __str__(self) -> str:
        return f"{self.association} {self.created_at:%Y-%m-%d %H:%M}"
