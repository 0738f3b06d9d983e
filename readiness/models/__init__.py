"""Readiness: the framework coordinators edit, each association's evidence,
the self-assessment, approvals and the append-only history."""

from readiness.models.framework import (  # noqa: F401
    DEFAULT_VALIDITY_YEARS,
    Combine,
    Criterion,
    CriterionKind,
    Framework,
)
from readiness.models.records import (  # noqa: F401
    Approval,
    AssociationReadiness,
    ReadinessEvent,
    Reminder,
    SelfAssessmentAnswer,
    Status,
)
