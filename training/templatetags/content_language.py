"""`{% content_lang source %}`: the `lang` and `dir` attributes of content in
a language other than the interface's (WCAG 3.1.2 language of parts), so a
Finnish course card on an Arabic page is read with a Finnish voice and its
punctuation lands on the right side.

`source` is a Wagtail page (its locale), a Locale, or a language code. With no
source the content is text people wrote in the site's default language
(association texts, badge names: authored in LANGUAGE_CODE); such text gets
`dir="auto"` because a person may have written it in another script.
Renders nothing when the content is in the interface language.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

register = template.Library()


def _code(source) -> str:
    locale = getattr(source, "locale", source)
    code = getattr(locale, "language_code", locale)
    return str(code or "")


@register.simple_tag
def content_lang(source=None):
    """` lang="fi" dir="ltr"` (or `dir="auto"` for free text) when not in the interface language, else ""."""
    free_text = source is None
    code = settings.LANGUAGE_CODE if free_text else _code(source)
    interface = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if not code or code.split("-")[0] == interface:
        return ""
    if free_text:
        direction = "auto"
    else:
        try:
            direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
        except KeyError:
            direction = "auto"
    return format_html(' lang="{}" dir="{}"', code, direction)
