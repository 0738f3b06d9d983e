"""Which languages a request may be shown in.

The site is in `settings.SITE_LANGUAGES` (fi, sv, en, ar). The hobby
offering's newcomer pages (`settings.OFFERING_URL_NAMES`) are also in the six
further newcomer languages of `settings.OFFERING_LANGUAGES`. `LANGUAGES` holds
all ten because i18n_patterns and LocaleMiddleware need every URL prefix.
"""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import Resolver404, resolve
from django.utils.translation import trans_real

# Django's LANG_INFO has neither Dari nor Somali; get_language_info() (the
# language switcher, <html dir>, missing-translation notices) needs both.
EXTRA_LANG_INFO = {
    "prs": {"bidi": True, "code": "prs", "name": "Dari", "name_local": "دری"},
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
}

FALLBACK_SITE_LANGUAGE = "en"


def register_language_info() -> None:
    """Add Dari and Somali to Django's LANG_INFO (idempotent; AppConfig.ready)."""
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


def site_language_codes() -> list[str]:
    return [code for code, _name in settings.SITE_LANGUAGES]


def offering_only_language_codes() -> list[str]:
    """The newcomer languages the offering has beyond the site's four."""
    site = set(site_language_codes())
    return [code for code, _name in settings.OFFERING_LANGUAGES if code not in site]


def is_offering_path(path_info: str) -> bool:
    """True when `path_info` is one of the offering's newcomer pages."""
    try:
        match = resolve(path_info)
    except Resolver404:
        return False
    return match.view_name in settings.OFFERING_URL_NAMES


def is_offering_request(request) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match.view_name in settings.OFFERING_URL_NAMES
    return is_offering_path(request.path_info)


def best_site_language(request) -> str:
    """The first site language in the browser's Accept-Language, else English."""
    site = site_language_codes()
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for accept, _quality in trans_real.parse_accept_lang_header(header):
        code = accept.lower().split("-")[0]
        if code in site:
            return code
    return FALLBACK_SITE_LANGUAGE if FALLBACK_SITE_LANGUAGE in site else settings.LANGUAGE_CODE


def language_codes_for(request) -> list[str]:
    """The language switcher's languages: all ten on an offering page, else the site's four."""
    if request is not None and is_offering_request(request):
        return [code for code, _name in settings.OFFERING_LANGUAGES]
    return site_language_codes()
