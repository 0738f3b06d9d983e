"""Signals sent by `accounts` for the layers above it."""

from django.dispatch import Signal

# Sent inside the deletion transaction, before the user row is anonymised.
# Receivers remove or anonymise their own personal data for `user`.
account_deleting = Signal()
