"""The MFA gate: people whose role requires two-factor authentication set it
up before they reach anything else.

`accounts.policies.requires_mfa(user)` says who must use MFA (staff, trainers,
and the roles that higher apps register). Until such a user has an
authenticator app (TOTP) or a security key/passkey (WebAuthn), every request
except the ones needed to set it up (or to leave) is turned away: pages are
redirected to the authenticator-app setup with an explanation, other requests
(JSON, XHR) get 403. Recovery codes alone do not count; allauth makes them
only alongside a real authenticator.
"""

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from accounts.policies import requires_mfa

# URL names a gated user may still visit: MFA setup, re-authentication (the
# setup views ask for it), e-mail verification (setup needs a verified
# address) and logging out.
ALLOWED_URL_NAMES = frozenset(
    {
        "mfa_index",
        "mfa_activate_totp",
        "mfa_add_webauthn",
        "mfa_list_webauthn",
        "mfa_reauthenticate",
        "mfa_reauthenticate_webauthn",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
        "account_logout",
        "account_reauthenticate",
        "account_email",
        "account_email_verification_sent",
        "account_confirm_email",
        "set_language",
        "healthz",
    }
)
ALLOWED_PATH_PREFIXES = ("/i18n/", "/healthz")
SECOND_FACTOR_TYPES = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


# The gate's "may pass" decision is remembered in the session for this long,
# so that an ordinary page view runs none of the role and authenticator
# queries. Paths where other people's data lives (MEMO_EXCLUDED) are checked on
# every request, so a role given during a session gates those at once; other
# pages follow within MEMO_SECONDS.
MEMO_SECONDS = 300
MEMO_KEY = "_mfa_gate_passed"
MEMO_EXCLUDED = ("/admin/", "/django-admin/", "/documents/")
MEMO_EXCLUDED_SECTIONS = frozenset({"accounts", "profile", "associations", "live", "readiness", "reports", "badges"})


def memo_applies(path: str) -> bool:
    """May a remembered decision stand in for the check on `path`?"""
    if path.startswith(MEMO_EXCLUDED):
        return False
    parts = path.split("/", 3)  # "", language, section, rest
    return not (len(parts) > 2 and parts[2] in MEMO_EXCLUDED_SECTIONS)


def remembered_pass(request, user) -> bool:
    memo = request.session.get(MEMO_KEY)
    return bool(memo) and memo[0] == user.pk and memo[1] > time.time() and memo_applies(request.path_info)


def remember_pass(request, user) -> None:
    """Remember the pass for MEMO_SECONDS, unless a remembered one still has
    more than half of that left: rewriting it on every request (the sections
    checked each time) saved the session, a database write, on every page."""
    memo = request.session.get(MEMO_KEY)
    if memo and memo[0] == user.pk and memo[1] - time.time() > MEMO_SECONDS / 2:
        return
    request.session[MEMO_KEY] = (user.pk, time.time() + MEMO_SECONDS)


def has_second_factor(user) -> bool:
    """True when `user` has an authenticator app or a security key/passkey."""
    return is_mfa_enabled(user, SECOND_FACTOR_TYPES)


def is_allowed_without_mfa(path: str) -> bool:
    """May a user who still has to enrol MFA request `path`?"""
    prefixes = [*ALLOWED_PATH_PREFIXES, settings.STATIC_URL, settings.MEDIA_URL]
    if path.startswith(tuple(p for p in prefixes if p)):
        return True
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.url_name in ALLOWED_URL_NAMES


def wants_html(request) -> bool:
    return request.accepts("text/html") and request.headers.get("x-requested-with") != "XMLHttpRequest"


class MFARequiredMiddleware:
    """Send users whose role requires MFA to set it up before anything else.

    Must come after AuthenticationMiddleware, allauth's AccountMiddleware and
    MessageMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or remembered_pass(request, user):
            return self.get_response(request)
        if is_allowed_without_mfa(request.path_info):
            return self.get_response(request)
        if requires_mfa(user) and not has_second_factor(user):
            return self.refuse(request)
        remember_pass(request, user)
        return self.get_response(request)

    def refuse(self, request):
        text = _("Your role requires two-factor authentication. Set it up to continue.")
        if not wants_html(request):
            return HttpResponseForbidden(text, content_type="text/plain; charset=utf-8")
        messages.warning(request, text)
        return HttpResponseRedirect(reverse("mfa_activate_totp"))
