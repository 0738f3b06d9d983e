"""Signals sent by `readiness` for the layers above it (badges, reports)."""

from django.dispatch import Signal

# Sent once when a coordinator approves an association's readiness, after the
# transaction commits. Arguments:
#   association  -- associations.Association
#   approval     -- the readiness record that was approved (has `pk`,
#                   `framework_id`, `approved_at`, `valid_until`, `approved_by`)
#   evidence_url -- absolute URL of the public readiness summary (badge evidence)
readiness_approved = Signal()
