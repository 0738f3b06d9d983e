"""Demo pages for `seed_demo`: the locales, a home page in every UI language
and the about, privacy and accessibility pages.

Idempotent: pages are found by slug and locale and updated in place.
"""

import datetime

from django.conf import settings
from wagtail.models import Locale, Page, Site

from home.demo_content import CONTENT_PAGES, HOME
from home.models import ContentPage, HomePage


def seed(context: dict) -> None:
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.SITE_LANGUAGES}
    default = locales[settings.LANGUAGE_CODE]
    home = _ensure_home(default)
    for code, locale in locales.items():
        target = home if locale == default else _translation(home, locale)
        _publish(target, **HOME[code])
    for slug, texts in CONTENT_PAGES.items():
        page = _ensure_child(home, slug, default)
        for code, locale in locales.items():
            target = page if locale == default else _translation(page, locale)
            _publish(target, show_in_menus=(slug == "tietoa"), last_reviewed=datetime.date(2026, 11, 1), **texts[code])
    context["home_page"] = home


def _ensure_home(locale: Locale) -> HomePage:
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = root.add_child(instance=HomePage(title="Kohtaamo", slug="kohtaamo", locale=locale))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, site_name="Kohtaamo")
    if site.root_page_id != home.pk:
        old_root = site.root_page if site.pk else None
        site.root_page = home
        site.site_name = "Kohtaamo"
        site.save()
        # Wagtail's own placeholder ("Welcome to your new Wagtail site!") goes.
        if old_root is not None and old_root.specific_class is Page and old_root.depth == 2:
            old_root.delete()
    return home


def _ensure_child(parent: Page, slug: str, locale: Locale) -> ContentPage:
    page = ContentPage.objects.child_of(parent).filter(slug=slug, locale=locale).first()
    if page is None:
        page = parent.add_child(instance=ContentPage(title=slug, slug=slug, locale=locale))
    return page


def _translation(page: Page, locale: Locale) -> Page:
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return page.copy_for_translation(locale, copy_parents=True, alias=False).specific


def _publish(page: Page, **fields) -> None:
    """Set the fields and publish, unless the live page already says exactly this."""
    changed = [name for name, value in fields.items() if getattr(page, name) != value]
    if not changed and page.live and not page.has_unpublished_changes:
        return
    for name in changed:
        setattr(page, name, fields[name])
    page.save_revision().publish()
