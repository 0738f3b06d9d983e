"""The audit log's one table, and the guards that keep it append-only.

An event is written once (`audit.record`) and never changed or deleted
through the ORM: `save()` of an existing row, `delete()`, and the QuerySet's
`update()` and `delete()` raise `AuditLogIsAppendOnly`. Two deliberate
bypasses exist, each in one place: `purge_before` (retention, used only by
the `purge_audit_log` command) and `forget_person` (a deleted account's link
and label, so the record stays but no longer names the person).

The association is kept as a plain integer and a label, not a foreign key:
`audit` is in layer 0, below `associations`, and an event must outlive the
association it is about.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audit.actions import Action

# Stored instead of a name once the person's account is deleted. Language
# neutral on purpose: the page shows a translated text for it.
DELETED_ACCOUNT_LABEL = "[deleted account]"
PURGE_BATCH = 2000


class AuditLogIsAppendOnly(Exception):
    """An attempt to change or delete an audit event through the ORM."""


class AuditEventQuerySet(models.QuerySet):
    def about_association(self, association_id: int):
        return self.filter(association_id=association_id)

    def update(self, **kwargs):
        raise AuditLogIsAppendOnly("Audit events cannot be changed.")

    def delete(self):
        raise AuditLogIsAppendOnly("Audit events cannot be deleted; retention is purge_audit_log's job.")

    def purge_before(self, cutoff) -> int:
        """Delete events that occurred before `cutoff`, in batches; return how
        many. The only deletion path (retention). Idempotent."""
        deleted = 0
        old = models.QuerySet(self.model, using=self.db).filter(occurred_at__lt=cutoff)
        while ids := list(old.values_list("pk", flat=True)[:PURGE_BATCH]):
            count, _by_model = models.QuerySet(self.model, using=self.db).filter(pk__in=ids).delete()
            deleted += count
        return deleted

    def forget_person(self, user) -> int:
        """Cut every event's link to `user` and replace their name with a
        non-identifying label; the events themselves stay. The only update
        path, used when an account is deleted."""
        plain = models.QuerySet(self.model, using=self.db)
        email = (user.email or "").strip()
        as_actor = Q(actor=user) | (Q(actor_label__iexact=email) if email else Q(pk__in=[]))
        as_subject = Q(subject=user) | (Q(subject_label__iexact=email) if email else Q(pk__in=[]))
        changed = plain.filter(as_actor).update(actor=None, actor_label=DELETED_ACCOUNT_LABEL)
        changed += plain.filter(as_subject).update(subject=None, subject_label=DELETED_ACCOUNT_LABEL)
        user_type = ContentType.objects.get_for_model(user, for_concrete_model=True)
        changed += plain.filter(target_type=user_type, target_id=str(user.pk)).update(target_id="", target_repr="")
        return changed


class AuditEvent(models.Model):
    occurred_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True, editable=False)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The actor's name at the time ("" for the system). Kept when the name
    # changes; replaced by DELETED_ACCOUNT_LABEL when the account is deleted.
    actor_label = models.CharField(_("by (as recorded)"), max_length=200, blank=True)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("concerning"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The person the action concerns: a name, or the address of an invitation
    # to someone who may not have an account.
    subject_label = models.CharField(_("concerning (as recorded)"), max_length=200, blank=True)
    association_id = models.PositiveBigIntegerField(_("association id"), null=True, blank=True)
    association_label = models.CharField(_("association"), max_length=200, blank=True)
    target_type = models.ForeignKey(
        ContentType, verbose_name=_("object type"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_id = models.CharField(_("object id"), max_length=64, blank=True)
    # "<model> #<pk>", never the object's own text (which may hold names or addresses).
    target_repr = models.CharField(_("object"), max_length=200, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-occurred_at", "-pk"]
        # Nobody may add, change or delete through the admin: only viewing exists.
        default_permissions = ("view",)
        indexes = [models.Index(fields=["association_id", "-occurred_at"], name="audit_by_association")]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding or kwargs.get("force_update") or kwargs.get("update_fields"):
            raise AuditLogIsAppendOnly("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogIsAppendOnly("Audit events cannot be deleted; retention is purge_audit_log's job.")

    @property
    def actor_display(self) -> str:
        return _person_display(self.actor, self.actor_label, _("the system"))

    @property
    def subject_display(self) -> str:
        return _person_display(self.subject, self.subject_label, "")


def _person_display(user, label: str, nobody: str) -> str:
    if label == DELETED_ACCOUNT_LABEL:
        return str(_("a deleted account"))
    return label or str(nobody)
