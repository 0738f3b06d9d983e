from badges.models.awards import Award, AwardEvent
from badges.models.badge_classes import BadgeClass, BadgeKind
from badges.models.issuer import Issuer

__all__ = ["Award", "AwardEvent", "BadgeClass", "BadgeKind", "Issuer"]
