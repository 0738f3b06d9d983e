"""django-allauth adapters: Kohtaamo's rules for sign-up and login flows."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
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
