"""The interface language of a page that has no translation in it.

A language-switcher link never leads to a 404: where a page is not translated
into the chosen language, the link points to the page as it exists, with
`?lang=<code>`. `keep_interface_language` (a Wagtail `before_serve_page`
hook, so it runs after routing by the URL's language prefix) then serves that
page with the chosen interface language, marks the content with its own
language and says in one line that a translation is missing.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext

QUERY_PARAMETER = "lang"


def requested_interface_language(request) -> str | None:
    """The `?lang=` of the request when it names a language of the interface, else None."""
    code = request.GET.get(QUERY_PARAMETER, "")
    return code if code in dict(settings.SITE_LANGUAGES) else None


def in_interface_language(url: str, language_code: str) -> str:
    """`url` (a page in another language) shown with the interface in `language_code`."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}{urlencode({QUERY_PARAMETER: language_code})}"


def missing_translation_notice(page, language_code: str) -> str:
    """One line saying `page` is not available in the language (named in the interface language)."""
    name = translation.get_language_info(language_code)["name_translated"]
    notice = getattr(page, "missing_translation_notice", None)
    if callable(notice):
        return notice(name)
    return gettext("This page is not yet available in %(language)s.") % {"language": name}


def keep_interface_language(page, request, serve_args, serve_kwargs):
    """Serve `page` with the interface language of `?lang=`; a live translation in it wins (redirect)."""
    language = requested_interface_language(request)
    content_language = page.locale.language_code
    if language is None or language == content_language:
        return None
    translated = page.get_translations().live().filter(locale__language_code=language).first()
    if translated is not None:
        return redirect(translated.get_url(request))
    translation.activate(language)
    request.LANGUAGE_CODE = language
    request.content_language = content_language
    request.content_language_bidi = translation.get_language_info(content_language)["bidi"]
    request.missing_translation_notice = missing_translation_notice(page, language)
    return None
