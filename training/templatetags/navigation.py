"""Site navigation from the page tree, in the visitor's language.

Generic Wagtail only (Site, Page): `training` is the lowest layer and must not
know the page types of the apps above it.

The chrome is the same for every visitor of a site in one language (live,
public pages only), so the home page, its menu and footer children and each
page's live translations are kept under the content version
(training/content_version.py: renewed by every publish, unpublish, move,
view-restriction and Site change) instead of being read on every request.
"""

from django import template
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from training import content_version
from training.interface_language import in_interface_language

register = template.Library()


def _chrome(request) -> tuple[Page | None, list[Page]]:
    """(the home page in this language, its live public children in tree
    order), read once per request and once per content version."""
    if request is None:
        return None, []
    if not hasattr(request, "_kohtaamo_chrome"):
        site = Site.find_for_request(request)
        if site is None:
            request._kohtaamo_chrome = (None, [])
        else:
            key = f"navigation:chrome:{site.pk}:{site.root_page_id}:{get_language() or ''}"
            request._kohtaamo_chrome = content_version.remembered(key, lambda: _read_chrome(site))
    return request._kohtaamo_chrome


def _read_chrome(site: Site) -> tuple[Page, list[Page]]:
    root = site.root_page.localized
    return root, list(root.get_children().live().public().specific(defer=True))


def _localized_root(request) -> Page | None:
    return _chrome(request)[0]


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    root = _localized_root(context.get("request"))
    return root.url if root is not None else "/"


def _public_children(request) -> list[Page]:
    """Live, public children of the home page in tree order: the menu and the
    footer are both taken from them."""
    return _chrome(request)[1]


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Live children of the home page marked "show in menus"."""
    return [page for page in _public_children(context.get("request")) if page.show_in_menus]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Every live, public child of the home page (about, privacy, accessibility…)."""
    return _public_children(context.get("request"))


@register.simple_tag(takes_context=True)
def translated_url(context, language_code: str) -> str:
    """This page in another language; never a URL that answers 404.

    For a Wagtail page, its live translation in that locale. Without one, the
    page as it is, with the interface in that language (`?lang=`, see
    training/interface_language.py). For any other view, the same URL under
    the other language prefix.
    """
    request = context.get("request")
    if request is None:
        return "/" + language_code + "/"
    page = context.get("page")
    if isinstance(page, Page) and page.pk is not None:
        urls = _translation_urls(context, page, request)
        if language_code in urls:
            return urls[language_code]
        url = urls[""]
        if url:
            return in_interface_language(url, language_code)
    return translate_url(request.get_full_path(), language_code)


def _translation_urls(context, page: Page, request) -> dict[str, str | None]:
    """{language code: URL of the live translation} of `page`, and under ""
    the page's own URL: read once per render and once per content version and
    host (Wagtail builds a URL relative to the request's site)."""
    if getattr(request, "is_preview", False):  # the page may come from the editor's form: never stored
        return _read_translation_urls(page, request)
    cache = context.render_context
    key = ("kohtaamo_translation_urls", page.pk)
    if key not in cache:
        cache[key] = content_version.remembered(
            f"navigation:translation-urls:{page.pk}:{page.translation_key}:{request.get_host()}",
            lambda: _read_translation_urls(page, request),
        )
    return cache[key]


def _read_translation_urls(page: Page, request) -> dict[str, str | None]:
    translations = Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    urls = {p.locale.language_code: p.get_url(request=request) for p in translations}
    urls[""] = page.get_url(request=request)
    return urls
