"""Serving the home page with what is the same for many visitors shared.

- Its content (title, introduction, body, the call to action) is the same for
  every signed-in visitor, and for every anonymous one: it is rendered once
  per page, host, language, content version and kind of visitor
  (`training.content_version.remembered`: the version is read before the
  page is, and every publish, unpublish, move, view-restriction and Site
  change renews it). Previews never use or fill it.
- Anonymous visitors share one copy of the whole page in the page cache
  (courses/caching.py), as with the catalogue: never stored for a page with a
  view restriction, a pending message, a query string, a response that set a
  cookie or used a CSRF token. A copy can only exist when the page was
  public under the current content version, which a new restriction renews.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from courses import caching
from training import content_version

CONTENT_TEMPLATE = "home/includes/home_content.html"


def shared_content(page, request, context: dict) -> SafeString:
    signed_in = request.user.is_authenticated
    key = f"home:content:{page.pk}:{request.get_host()}:{get_language() or ''}:{int(signed_in)}"

    def build() -> str:
        return str(render_to_string(CONTENT_TEMPLATE, {**context, "signed_in": signed_in}, request=request))

    return mark_safe(content_version.remembered(key, build))  # noqa: S308 - rendered by our template


def serve_anonymous_shared(page, request, render):
    """The page for an anonymous visitor: the shared copy, or `render()` stored as one when it may be."""
    if request.user.is_authenticated or not caching.may_use_page_cache(request):
        return render()
    key = caching.page_key(request)  # taken before the page's data is read
    cached = caching.cached_page(request, key)
    if cached is not None:
        return cached
    response = render().render()
    if _shareable(page, request, response):
        caching.store_page(key, response.content)
    return response


def _shareable(page, request, response) -> bool:
    return (
        response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page used a CSRF token
        and not caching.has_pending_messages(request)
        and _unrestricted(page, request)
    )


def _unrestricted(page, request) -> bool:
    known = getattr(request, "courses_page_unrestricted", None)  # from the route cache, when it served this
    return known if known is not None else not page.get_view_restrictions().exists()
