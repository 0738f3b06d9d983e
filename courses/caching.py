"""Caches for the course pages: rendered HTML and course outlines.

What is cached
- The course outline (courses/views/outline.py), per course page.
- The HTML of the catalogue (without filters) and of a course page as
  anonymous visitors see them (one copy for all).
- The HTML of a course or lesson page as one learner sees it (one copy per
  learner). It holds a placeholder where the CSRF token goes; every response
  gets the requester's own token.
- Routes: URL path → the live page, its site and course (below).
- A lesson's content as every learner sees it, with holes for each learner's
  own parts (courses/shared_render.py); a course page's languages and
  prerequisite links (courses/views/course.py).

`courses.middleware.CoursePageCacheMiddleware` answers a GET from this cache
before Wagtail routes the request; the views store pages (and answer from the
cache too when the middleware is not installed).

When it changes
- Every key includes the *content version*, a token renewed whenever any page
  is published, unpublished or moved, or a view restriction changes
  (courses/signal_handlers.py). A publish anywhere can change a course page
  (a lesson's title, a translation, the menu in the header) and publishing is
  rare next to reading, so one site-wide token is simple and correct.
- A learner's pages also include their *learner version*, renewed when their
  enrolments, step or course completions, reflections or account change, and
  when the step they last opened changes, and their unread-notification
  version (notifications/unread.py), so the header's bell is never stale.
- Pages are not stored when they would show a one-off message, for previews,
  for pages with a view restriction, or for requests with a query string.

With a shared cache (Redis, `REDIS_URL`) a change is seen by every app server
at once. With the local-memory cache each process holds its own copy: another
process sees the change when its entry expires, after at most `TIMEOUT`
seconds.
"""

import hashlib

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from notifications import unread
from training import content_version

VERSION_KEY = content_version.KEY
TIMEOUT = 300  # seconds; also bounds staleness with a per-process cache

# Stands for the CSRF token in a stored learner page; replaced per response.
CSRF_PLACEHOLDER = "csrf-" + hashlib.sha256(f"{settings.SECRET_KEY}:courses-csrf".encode()).hexdigest()[:40]


def _learner_key(user_pk: int) -> str:
    return f"courses:learner-version:{user_pk}"


def versions(user_pk: int | None) -> tuple[str, str | None]:
    """The content version and (for a user) their learner version: read in
    one cache round trip, once per request (training/request_memo.py); a
    missing token is started."""
    if user_pk is None:
        return content_version.current(), None
    learner_key = _learner_key(user_pk)
    # The header's bell is part of a whole cached page: its version comes in the same round trip.
    found = content_version.tokens([VERSION_KEY, learner_key, unread.version_key(user_pk)])
    return found[VERSION_KEY], found[learner_key]


def _renew_now_and_on_commit(renew) -> None:
    """Renew at once (this request sees the change) and, inside a transaction,
    once more when it commits: another process that read the rows before the
    commit may have stored what it saw under the first new token meanwhile."""
    renew()
    if connection.in_atomic_block:
        transaction.on_commit(renew)


def bump_content_version() -> None:
    """Invalidate every cached outline, route and page, and the site chrome."""
    _renew_now_and_on_commit(content_version.renew)


def learner_version(user_pk: int) -> str:
    return content_version.token(_learner_key(user_pk))


def bump_learner_version(user_pk: int) -> None:
    """Invalidate the pages cached for one learner."""
    key = _learner_key(user_pk)
    _renew_now_and_on_commit(lambda: content_version.renew_token(key))


def outline_key(course_pk: int, locale_id: int) -> str:
    return f"courses:outline:{course_pk}:{locale_id}:{content_version.current()}"


def get(key: str):
    """A value stored with `put` under a key that names the content version
    (an outline): kept in this process too (training/local_copies.py)."""
    return content_version.cached(key)


def put(key: str, value) -> None:
    content_version.store(key, value, TIMEOUT)


# --- whole pages ----------------------------------------------------------------


def has_pending_messages(request) -> bool:
    """A message waiting to be shown (without marking it shown)."""
    return len(get_messages(request)) > 0


def page_key(request, current: tuple[str, str | None] | None = None) -> str:
    """This URL, language and content version; for a logged-in user also who
    they are and their learner version (`current`: those versions, when the
    caller has just read them)."""
    user_pk = request.user.pk if request.user.is_authenticated else None
    content, learner = current or versions(user_pk)
    parts = [request.get_host(), request.path, get_language() or "", content]
    if user_pk is not None:
        parts += ["learner", str(user_pk), learner, content_version.token(unread.version_key(user_pk))]
    key = "courses:page:" + hashlib.sha256("|".join(parts).encode()).hexdigest()
    fresh = content_version.minted_here(VERSION_KEY) or (
        user_pk is not None and content_version.minted_here(_learner_key(user_pk))
    )
    if fresh:  # a version this request has just started: nothing can be stored under it yet
        known_missing(request, key)
    return key


def known_missing(request, key: str) -> None:
    """`key` is known not to be in the cache for the rest of this request
    (the middleware looked it up, or it names a version started just now),
    so `cached_page` does not ask again."""
    if not hasattr(request, "_courses_missing_pages"):
        request._courses_missing_pages = set()
    request._courses_missing_pages.add(key)


# --- routes: URL path → page, without walking the tree ------------------------
#
# Wagtail finds a page by loading the site, the locale and one page per path
# segment (about ten queries for a lesson). The answer depends only on the
# content version (every publish, unpublish, move and view-restriction change
# renews it), so it is cached under it: (site, page id, content type). Wagtail
# still serves the page (its serve view takes a route already on the request),
# so every serve hook applies as before; the view-restriction check is
# answered from the entry when the page had none under this content version.

ROUTE_FORMAT = 2  # entries: {"v", "site", "page", "unrestricted", "course"}


def route_key(request, content: str) -> str:
    parts = [request.get_host(), request.path_info, get_language() or "", content]
    return "courses:route:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def _route_rest(request) -> str:
    """The path below the language prefix: "/fi/a/b/" → "a/b/"."""
    parts = request.path_info.split("/", 2)
    return parts[2] if len(parts) > 2 else ""


def _route_entry(stored) -> dict | None:
    # Entries written by an older release (a tuple) are not used.
    return stored if isinstance(stored, dict) and stored.get("v") == ROUTE_FORMAT else None


def use_route(request, stored) -> bool:
    """Put a stored route on the request for Wagtail's serve view; False when
    the entry is not usable or names another path.

    The stored page (and its course) are the live objects as they were under
    this content version, which every publish, unpublish, move and view
    restriction change renews: the same guarantee as the whole-page cache,
    without a query."""
    entry = _route_entry(stored)
    if entry is None:
        return False
    page = entry["page"]
    if not page.live or not page.url_path.endswith("/" + _route_rest(request)):
        return False
    request._wagtail_site = entry["site"]
    request._wagtail_route_for_request = (page, [], {})
    # Known under this content version, which any view-restriction change renews.
    request.courses_page_unrestricted = entry["unrestricted"]
    if entry["unrestricted"]:
        page.courses_known_unrestricted = True  # see courses.models.pages.KnownRestrictions
    if entry["course"] is not None:
        request.courses_course = entry["course"]
    return True


def login_needed_first(request, stored) -> bool:
    """An anonymous visitor asking for a step that is served only to a
    signed-in learner (StepPage.serve sends everyone else to the login page):
    known from the cached route alone, without loading the page."""
    from courses.models import StepPage

    entry = _route_entry(stored)
    if request.user.is_authenticated or request.GET or entry is None:
        return False
    model = type(entry["page"])
    return issubclass(model, StepPage) and model.serve is StepPage.serve


def store_route(request, key: str) -> None:
    """Remember the page Wagtail routed this request to, when the whole path
    named that page (no sub-route with arguments), with its course when the
    view found one (`request.courses_course`)."""
    route = getattr(request, "_wagtail_route_for_request", None)
    site = getattr(request, "_wagtail_site", None)
    if not route or site is None:
        return
    page, args, kwargs = route
    if args or kwargs or not page.url_path.endswith("/" + _route_rest(request)) or not page.live:
        return
    if getattr(request, "is_preview", False):
        return
    unrestricted = not page.get_view_restrictions().exists()
    course = getattr(request, "courses_course", None)
    for obj in (page, course):
        if obj is not None:
            obj.locale  # noqa: B018 - loaded now, so a stored copy needs no query for it
    entry = {"v": ROUTE_FORMAT, "site": site, "page": page, "unrestricted": unrestricted, "course": course}
    cache.set(key, entry, timeout=TIMEOUT)


def may_use_page_cache(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not getattr(request, "is_preview", False)
        and not has_pending_messages(request)
    )


def cached_page(request, key: str | None = None) -> HttpResponse | None:
    """The stored page for this request, with the requester's CSRF token, or None."""
    key = key or page_key(request)
    if key in getattr(request, "_courses_missing_pages", ()):
        return None
    content = cache.get(key)
    if content is None:
        return None
    return page_response(request, content)


def page_response(request, content: bytes) -> HttpResponse:
    return HttpResponse(personalise(request, content))


def store_page(key: str, content: bytes) -> None:
    """Store under a key taken *before* the page's data was read: if anything
    changed meanwhile, the key is already out of date and the copy is never used."""
    cache.set(key, content, timeout=TIMEOUT)


def personalise(request, content: bytes) -> bytes:
    """Put the requester's CSRF token where the placeholder is (learner pages only)."""
    placeholder = CSRF_PLACEHOLDER.encode()
    if placeholder not in content:
        return content
    return content.replace(placeholder, get_token(request).encode())
