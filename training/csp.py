"""Content-Security-Policy middleware.

The public site runs with a strict policy (no inline scripts or styles). The
Wagtail and Django admins still depend on inline style attributes and some
inline scripts of their own, so their URL prefixes get those two relaxations
and nothing else.
"""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class KohtaamoCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(tuple(settings.CSP_ADMIN_PREFIXES)):
            parts.update = {
                **(parts.update or {}),
                "style-src": [UNSAFE_INLINE],
                "script-src": [UNSAFE_INLINE],
            }
        return parts
