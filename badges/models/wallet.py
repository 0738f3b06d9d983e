"""Credential offers into wallets (OpenID for Verifiable Credential Issuance,
pre-authorized code flow) and the proof nonces already used.

Only SHA-256 hashes of the pre-authorized code, the transaction code, the
access token and the nonces are stored: a copy of the database cannot be
replayed against the token or credential endpoint."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from badges.models.awards import Award


class WalletOfferQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Offers no step can use any more (offer and token both past their end)."""
        now = now or timezone.now()
        return self.filter(expires_at__lt=now).filter(
            models.Q(token_expires_at__isnull=True) | models.Q(token_expires_at__lt=now)
        )


class WalletOffer(models.Model):
    """One credential offer for one award: single use, expiring."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    award = models.ForeignKey(Award, on_delete=models.CASCADE, related_name="wallet_offers")
    code_hash = models.CharField(max_length=64, unique=True)
    # Salted with the code (the transaction code has only a few digits).
    tx_code_hash = models.CharField(max_length=64)
    tx_code_failures = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    code_used_at = models.DateTimeField(null=True, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    token_expires_at = models.DateTimeField(null=True, blank=True)
    credential_issued_at = models.DateTimeField(null=True, blank=True)
    holder_did = models.CharField(max_length=200, blank=True)

    objects = WalletOfferQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["expires_at"], name="wallet_offer_expires")]
        verbose_name = _("wallet offer")
        verbose_name_plural = _("wallet offers")

    def __str__(self) -> str:
        return f"{self.award_id} ({self.created_at:%Y-%m-%d %H:%M})"


class WalletNonce(models.Model):
    """A proof nonce (c_nonce) that has been used once: a second use is refused.
    Nonces are signed and time-stamped when issued, so only used ones are stored."""

    nonce_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["expires_at"], name="wallet_nonce_expires")]
        verbose_name = _("used wallet nonce")
        verbose_name_plural = _("used wallet nonces")

    def __str__(self) -> str:
        return self.nonce_hash[:12]
