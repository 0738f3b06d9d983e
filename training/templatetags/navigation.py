"""Site navigation from the page tree, in the visitor's language.

Generic Wagtail only (Site, Page): `training` is the lowest layer and must not
know the page types of the apps above it.
"""

from django import template
from wagtail.models import Page, Site

register = template.Library()


def _localized_root(request) -> Page | None:
    if request is None:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    if not hasattr(request, "_kohtaamo_root_page"):
        request._kohtaamo_root_page = site.root_page.localized
    return request._kohtaamo_root_page


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    root = _localized_root(context.get("request"))
    return root.url if root is not None else "/"


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Live children of the home page marked "show in menus"."""
    root = _localized_root(context.get("request"))
    if root is None:
        return Page.objects.none()
    return root.get_children().live().public().in_menu().specific(defer=True)


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Every live, public child of the home page (about, privacy, accessibility…)."""
    root = _localized_root(context.get("request"))
    if root is None:
        return Page.objects.none()
    return root.get_children().live().public().specific(defer=True)
