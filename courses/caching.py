"""Caches for the course pages: rendered HTML and course outlines.

What is cached
- The course outline (courses/views/outline.py), per course page.
- The HTML of the catalogue (without filters) and of a course page as
  anonymous visitors see them (one copy for all).
- The HTML of a course or lesson page as one learner sees it (one copy per
  learner). It holds a placeholder where the CSRF token goes; every response
  gets the requester's own token.

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
  when the step they last opened changes.
- Pages are not stored when they would show a one-off message, for previews,
  for pages with a view restriction, or for requests with a query string.

With a shared cache (Redis, `REDIS_URL`) a change is seen by every app server
at once. With the local-memory cache each process holds its own copy: another
process sees the change when its entry expires, after at most `TIMEOUT`
seconds.
"""

import hashlib
import uuid

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

VERSION_KEY = "courses:content-version"
TIMEOUT = 300  # seconds; also bounds staleness with a per-process cache

# Stands for the CSRF token in a stored learner page; replaced per response.
CSRF_PLACEHOLDER = "csrf-" + hashlib.sha256(f"{settings.SECRET_KEY}:courses-csrf".encode()).hexdigest()[:40]


def _token(key: str) -> str:
    version = cache.get(key)
    if version is None:
        version = uuid.uuid4().hex
        # add(), not set(): two processes starting at once agree on one token.
        if not cache.add(key, version, timeout=None):
            version = cache.get(key) or version
    return version


def content_version() -> str:
    return _token(VERSION_KEY)


def bump_content_version() -> None:
    """Invalidate every cached outline and page."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def learner_version(user_pk: int) -> str:
    return _token(f"courses:learner-version:{user_pk}")


def bump_learner_version(user_pk: int) -> None:
    """Invalidate the pages cached for one learner."""
    cache.set(f"courses:learner-version:{user_pk}", uuid.uuid4().hex, timeout=None)


def outline_key(course_pk: int, locale_id: int) -> str:
    return f"courses:outline:{course_pk}:{locale_id}:{content_version()}"


def get(key: str):
    return cache.get(key)


def put(key: str, value) -> None:
    cache.set(key, value, timeout=TIMEOUT)


# --- whole pages ----------------------------------------------------------------


def has_pending_messages(request) -> bool:
    """A message waiting to be shown (without marking it shown)."""
    return len(get_messages(request)) > 0


def page_key(request) -> str:
    """This URL, language and content version; for a logged-in user also who
    they are and their learner version."""
    parts = [request.get_host(), request.path, get_language() or "", content_version()]
    if request.user.is_authenticated:
        parts += ["learner", str(request.user.pk), learner_version(request.user.pk)]
    return "courses:page:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def may_use_page_cache(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not getattr(request, "is_preview", False)
        and not has_pending_messages(request)
    )


def cached_page(request, key: str | None = None) -> HttpResponse | None:
    """The stored page for this request, with the requester's CSRF token, or None."""
    content = cache.get(key or page_key(request))
    if content is None:
        return None
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
