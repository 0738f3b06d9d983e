"""Rate limits on sending try requests, through allauth's rate-limit
machinery (the same cache-backed sliding windows as logins and sign-ups:
Redis in production, so they hold across app servers, and fail open when the
cache is down, training/cache.py).

TRYOUT_RATE_LIMITS = {"try_request": "10/10m/ip,20/h/key"}: per client
address, and per activity (the key), so a flood aimed at one association
stops even when it comes from many addresses. The per-address limit is not
tight: newcomers often share one address (a reception centre, a library).
Only requests that would be stored count, so a person correcting a typo is
never limited.
"""

from allauth.core.internal import ratelimit
from django.conf import settings

ACTION = "try_request"
DEFAULT_RATES = {ACTION: "10/10m/ip,20/h/key"}


def _config() -> dict:
    return getattr(settings, "TRYOUT_RATE_LIMITS", None) or DEFAULT_RATES


def consume_try_request(request, activity) -> bool:
    """Count one request sent for `activity`; False when a limit is used up."""
    usage = ratelimit.consume(
        request, app="activities.tryouts", action=ACTION, config=_config(), key=f"activity:{activity.pk}"
    )
    return usage is not None
