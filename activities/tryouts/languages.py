"""The languages a newcomer may choose to be answered in: the hobby offering's
languages (settings.OFFERING_LANGUAGES when the offering defines them, else
the site's LANGUAGES)."""

from django.conf import settings
from django.utils.translation import get_language


def newcomer_languages() -> list[tuple[str, str]]:
    return list(getattr(settings, "OFFERING_LANGUAGES", None) or settings.LANGUAGES)


def newcomer_language_choices() -> list[tuple[str, str]]:
    return newcomer_languages()


def is_newcomer_language(code: str) -> bool:
    return code in {code for code, _name in newcomer_languages()}


def current_newcomer_language() -> str:
    """The page's language when newcomers may choose it, else English (then the default)."""
    current = (get_language() or "").split("-")[0]
    if is_newcomer_language(current):
        return current
    return "en" if is_newcomer_language("en") else settings.LANGUAGE_CODE
