"""A newcomer's "I'd like to try this" request, and the anonymous counts kept
after a request is deleted.

A request is personal data of a vulnerable group: it holds only what the
contact needs to answer (a first name, a phone number or an e-mail address,
the preferred language, an optional message), is visible only to the
association's contacts and the region's coordinators (`TryRequestQuerySet`),
and is deleted by `purge_try_requests` after the retention period, leaving one
increment in `TryRequestCount` (activity, month, outcome) and nothing else.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from activities.tryouts.querysets import TryRequestQuerySet

MESSAGE_MAX_CHARS = 1000
FIRST_NAME_MAX_CHARS = 60
NOTE_MAX_CHARS = 1000


def new_status_token() -> str:
    """An unguessable token for the newcomer's status page (no account)."""
    return secrets.token_urlsafe(32)


class TryRequest(models.Model):
    class Answer(models.TextChoices):
        NONE = "", _("Not answered yet")
        VISIT = "visit", _("First visit proposed")
        CALL = "call", _("Asked for a call")
        DECLINED = "declined", _("Declined")

    class Outcome(models.TextChoices):
        NONE = "", _("No outcome yet")
        VISITED = "visited", _("Visited")
        JOINED = "joined", _("Joined")
        NO_SHOW = "no_show", _("Did not come")

    activity = models.ForeignKey(
        "activities.Activity", on_delete=models.CASCADE, related_name="try_requests", verbose_name=_("activity")
    )
    first_name = models.CharField(_("first name"), max_length=FIRST_NAME_MAX_CHARS)
    email = models.EmailField(_("e-mail"), blank=True)
    # E.164 ("+358401234567"), normalised on the way in.
    phone = models.CharField(_("phone number"), max_length=20, blank=True)
    language = models.CharField(_("preferred language"), max_length=10)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_CHARS, blank=True)
    consented_at = models.DateTimeField(_("consent given at"))
    token = models.CharField(max_length=64, unique=True, default=new_status_token, editable=False)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    answer = models.CharField(_("answer"), max_length=10, choices=Answer.choices, default=Answer.NONE, blank=True)
    visit_at = models.DateTimeField(_("first visit"), null=True, blank=True)
    answer_note = models.TextField(_("note to the newcomer"), max_length=NOTE_MAX_CHARS, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set only after the mail server accepted the answer (training.mail.send_safely).
    answer_mailed_at = models.DateTimeField(null=True, blank=True)

    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.NONE, blank=True)
    outcome_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = TryRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(email="", phone=""), name="try_request_has_email_or_phone"),
        ]
        verbose_name = _("try request")
        verbose_name_plural = _("try requests")

    def __str__(self) -> str:
        # Never the name or the address: this text may reach logs.
        return f"try request #{self.pk}"

    @property
    def phone_only(self) -> bool:
        """No e-mail: the contact has to call (the newcomer cannot be mailed)."""
        return not self.email

    @property
    def is_open(self) -> bool:
        return self.outcome == self.Outcome.NONE


class TryRequestCount(models.Model):
    """How many requests of one activity, sent in one month, ended in one
    outcome ("" = none recorded, "declined" = declined by the association).
    Written by the retention purge as requests are deleted; holds no person."""

    activity = models.ForeignKey(
        "activities.Activity", on_delete=models.CASCADE, related_name="try_request_counts", verbose_name=_("activity")
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month the requests were sent in."))
    outcome = models.CharField(_("outcome"), max_length=10, blank=True)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        ordering = ["activity", "month", "outcome"]
        constraints = [
            models.UniqueConstraint(fields=["activity", "month", "outcome"], name="one_try_count_per_activity_month"),
        ]
        verbose_name = _("try request count")
        verbose_name_plural = _("try request counts")

    def __str__(self) -> str:
        return f"{self.activity_id} {self.month:%Y-%m} {self.outcome or '-'}: {self.count}"
