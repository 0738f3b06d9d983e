"""django-allauth adapters: Kohtaamo's rules for sign-up and login flows."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Without a `next`, land on the home page in the language just used.

        A bare "/" would re-negotiate the language from the browser and drop
        someone who signed in on the Arabic pages onto the Finnish ones.
        """
        return "/" + (get_language() or "fi") + "/"

    def get_logout_redirect_url(self, request):
        """After logging out, stay in the same language too."""
        return "/" + (get_language() or "fi") + "/"
