from badges.models.awards import Award, AwardEvent
from badges.models.badge_classes import BadgeClass, BadgeKind
from badges.models.issuer import Issuer
from badges.models.wallet import WalletNonce, WalletOffer

__all__ = ["Award", "AwardEvent", "BadgeClass", "BadgeKind", "Issuer", "WalletNonce", "WalletOffer"]
