from activities.models.activity import (  # noqa: F401
    Activity,
    ActivityException,
    ActivitySession,
    ActivityTranslation,
    RegionOfferingPolicy,
)
from activities.models.tryouts import TryRequest, TryRequestCount  # noqa: F401
