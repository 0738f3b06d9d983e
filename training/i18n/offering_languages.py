"""Keep the six newcomer-only languages to the hobby offering.

A request under /fa/, /prs/, /ckb/, /so/, /ru/ or /uk/ for anything that is
not an offering page (the home page, Wagtail pages, accounts, the contacts'
own activity pages...) is redirected (302) to the same path in the best site
language: the browser's first Accept-Language among fi, sv, en, ar, else
English. Never a 404 or a 500 for a link that crossed over. A POST (the
header's log-out form on an offering page) is redirected with 307, so it
keeps its method and data.
"""

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.http.response import HttpResponseRedirectBase

from training.i18n.languages import best_site_language, is_offering_path, offering_only_language_codes

# The offering-only language codes, worked out from the settings once per
# process (every request asks); a change of the language settings (tests)
# works them out again.
_offering_only: frozenset[str] | None = None


def offering_only_prefixes() -> frozenset[str]:
    global _offering_only
    if _offering_only is None:
        _offering_only = frozenset(offering_only_language_codes())
    return _offering_only


@receiver(setting_changed)
def forget_offering_only(*, setting, **kwargs):
    global _offering_only
    if setting in ("SITE_LANGUAGES", "OFFERING_LANGUAGES"):
        _offering_only = None


class OfferingLanguagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect = self._redirect(request)
        if redirect is not None:
            return redirect
        return self.get_response(request)

    def _redirect(self, request):
        path = request.path_info
        prefix, _slash, rest = path.lstrip("/").partition("/")
        if prefix not in offering_only_prefixes():
            return None
        # Without its trailing slash an offering URL is still the offering:
        # CommonMiddleware adds the slash and keeps the language.
        if is_offering_path(path) or (not path.endswith("/") and is_offering_path(f"{path}/")):
            return None
        target = f"/{best_site_language(request)}/{rest}"
        query = request.META.get("QUERY_STRING", "")
        if query:
            target = f"{target}?{query}"
        location = request.META.get("SCRIPT_NAME", "").rstrip("/") + target
        if request.method in ("GET", "HEAD"):
            return HttpResponseRedirect(location)
        # A form posted from an offering page (log out in the header) keeps its method and data.
        return TemporaryRedirect(location)


class TemporaryRedirect(HttpResponseRedirectBase):
    status_code = 307
