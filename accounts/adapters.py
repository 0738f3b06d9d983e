"""django-allauth adapters: Kohtaamo's rules for sign-up and login flows."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": _(
            "Too many failed login attempts from this device. Try again in a few minutes, "
            "or ask for a login code by e-mail."
        ),
    }

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """Count failed logins per account *and* client (the `key` of the
        `login_failed` rate limit), so that a stranger typing wrong passwords
        for someone's address locks out only their own client, never the
        owner. The client IP comes from allauth's helper, which trusts
        X-Forwarded-For only as far as ALLAUTH_TRUSTED_PROXY_COUNT says. The
        per-IP part of the limit still caps one client across accounts.

        allauth uses this key also to clear the count after a password reset
        (then: the resetting client's count)."""
        account_key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account_key}:{self.get_client_ip(request)}"

    def get_login_redirect_url(self, request):
        """Without a `next`, land on the home page in the person's preferred
        language, or else in the language just used.

        A bare "/" would re-negotiate the language from the browser and drop
        someone who signed in on the Arabic pages onto the Finnish ones.
        (allauth calls this only when the login had no explicit `next`.)
        """
        user = getattr(request, "user", None)
        preferred = getattr(user, "preferred_language", "") if user is not None and user.is_authenticated else ""
        if preferred in dict(settings.LANGUAGES):
            return "/" + preferred + "/"
        return "/" + (get_language() or "fi") + "/"

    def get_signup_redirect_url(self, request):
        """After sign-up and e-mail verification, land on the home page in the
        language the person signed up in (not on a bare "/")."""
        return "/" + (get_language() or "fi") + "/"

    def get_logout_redirect_url(self, request):
        """After logging out, stay in the same language too."""
        return "/" + (get_language() or "fi") + "/"
