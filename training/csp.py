"""Content-Security-Policy middleware.

The public site runs with a strict policy (no inline scripts or styles). The
Wagtail and Django admins still depend on inline style attributes and some
inline scripts of their own, so their URL prefixes get those two relaxations
and nothing else.

The header text depends only on the settings, on whether the path is an
admin one and on the request's nonce, so it is built once per process for
each of those cases and reused (django-csp would rebuild it, twice, on every
response). Guarantees: a response that a view gave its own policy
(csp_update, csp_replace, csp_override) is built from scratch as before; a
nonce is never reused (only the text around it is); changing the CSP
settings (override_settings in tests) starts afresh.
"""

import http.client as http_client
from dataclasses import asdict

from csp.constants import HEADER, HEADER_REPORT_ONLY, UNSAFE_INLINE
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

# Stands in for the nonce in a remembered header; base64 never contains "<".
NONCE_PLACEHOLDER = "<nonce>"
POLICY_SETTINGS = frozenset({"CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY", "CSP_ADMIN_PREFIXES"})
# (report_only, admin, with nonce) -> header text ("" = no header).
_policies: dict[tuple[bool, bool, bool], str] = {}
# (report only?, header, the response attribute csp_exempt sets)
HEADERS = ((False, HEADER, "_csp_exempt"), (True, HEADER_REPORT_ONLY, "_csp_exempt_ro"))
DEBUG_EXEMPT_STATUSES = (http_client.INTERNAL_SERVER_ERROR, http_client.NOT_FOUND)


@receiver(setting_changed)
def forget_policies(*, setting, **kwargs):
    if setting in POLICY_SETTINGS:
        _policies.clear()


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.CSP_ADMIN_PREFIXES))


def admin_relaxations(update):
    return {**(update or {}), "style-src": [UNSAFE_INLINE], "script-src": [UNSAFE_INLINE]}


def has_own_policy(response, report_only: bool) -> bool:
    """Did the view set a policy of its own (django-csp's decorators)?"""
    suffix = "_ro" if report_only else ""
    return any(getattr(response, f"_csp_{kind}{suffix}", None) is not None for kind in ("config", "update", "replace"))


def excluded_prefixes(report_only: bool) -> tuple[str, ...]:
    name = "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
    policy = getattr(settings, name, None)
    return tuple((policy or {}).get("EXCLUDE_URL_PREFIXES", None) or ())


class KohtaamoCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if is_admin_path(request.path_info):
            parts.update = admin_relaxations(parts.update)
        return parts

    def policy(self, request, response, report_only: bool) -> str:
        """The header text for this response, as django-csp would build it."""
        if has_own_policy(response, report_only):
            parts = self.get_policy_parts(request=request, response=response, report_only=report_only)
            return build_policy(**asdict(parts), report_only=report_only)
        nonce = getattr(request, "_csp_nonce", None)
        key = (report_only, is_admin_path(request.path_info), nonce is not None)
        text = _policies.get(key)
        if text is None:
            update = admin_relaxations(None) if key[1] else None
            placeholder = NONCE_PLACEHOLDER if nonce is not None else None
            text = _policies[key] = build_policy(update=update, nonce=placeholder, report_only=report_only)
        return text.replace(NONCE_PLACEHOLDER, nonce) if nonce is not None else text

    def process_response(self, request, response):
        """django-csp's process_response, with the header text from policy()."""
        if response.status_code in DEBUG_EXEMPT_STATUSES and settings.DEBUG:
            return response
        for report_only, header, exempt in HEADERS:
            text = self.policy(request, response, report_only)
            if (
                text
                and header not in response
                and getattr(response, exempt, False) is False
                and not request.path_info.startswith(excluded_prefixes(report_only))
            ):
                response[header] = text
        # As django-csp: a nonce asked for after the header is written is an error, not a silent gap.
        if getattr(request, "_csp_nonce", None) is None:
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
