"""Receivers connected in AssociationsConfig.ready()."""
