"""The team self-assessment: statements each team member rates on the
four-step scale of the Tähtiseura programme (does not meet / adequate /
good / excellent). Keys are stored with the answers, so never reuse a key for
a different statement; add new keys instead."""

from django.utils.translation import gettext_lazy as _

STATEMENTS = [
    ("welcome", _("New members are welcomed personally and shown around.")),
    ("information", _("Information about our activities is in plain language and in more than one language.")),
    ("costs", _("Costs and equipment are not a barrier: we offer fee support or loan equipment.")),
    ("harassment", _("Everyone knows whom to contact about harassment or discrimination, and we act on it.")),
    ("team", _("Several people in our association can welcome newcomers, not just one.")),
    ("feedback", _("We ask newcomers and their families for feedback and change our ways.")),
]  # fmt: skip

STATEMENT_KEYS = [key for key, _text in STATEMENTS]
