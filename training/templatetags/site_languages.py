"""`{% switcher_languages as languages %}`: the languages the language switcher
offers on this page: the hobby offering's ten on its newcomer pages, the
site's four everywhere else (training/i18n/languages.py)."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

from training.i18n.languages import language_codes_for

register = template.Library()


@register.simple_tag(takes_context=True)
def switcher_languages(context) -> list[dict]:
    """Django's language info (code, name_local, bidi...) of each language offered here."""
    return [translation.get_language_info(code) for code in language_codes_for(context.get("request"))]


@register.simple_tag
def chrome_lang() -> str:
    """` lang=".." dir=".."` for the menu's page titles when the interface is in a
    language Wagtail has no content in (the offering's six): Wagtail then falls
    back to the default locale's pages, whose titles are in LANGUAGE_CODE.
    Renders nothing otherwise, and reads nothing from the database."""
    interface = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if interface in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        return ""
    code = settings.LANGUAGE_CODE
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)
