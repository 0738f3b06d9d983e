"""Answer GET requests for cached course and lesson pages before Wagtail
routes them (courses/caching.py says what is cached and when it changes).

Installed last in MIDDLEWARE, so sessions, authentication, the MFA gate,
security headers and CSP still apply to every cached answer. On a miss it
hands Wagtail the page from the route cache (caching.use_route), so a lesson
is not looked up segment by segment; one cache round trip reads both (after
the versions, read once per request: training/request_memo.py), and a page
it did not find is not asked for again by the view.
"""

import re

from django.contrib.auth.views import redirect_to_login

from courses import caching
from training.observability import metrics

# /<language>/ (the home page, which shares its anonymous copy the same way:
# home/serving.py), /<language>/<catalogue>/, /<language>/<catalogue>/<course>/
# and /<language>/<catalogue>/<course>/<module>/<step>/
PAGE_PATH = re.compile(r"^/[a-z]{2}(?:-[a-z0-9]+)?/(?:[^/]+/(?:[^/]+/(?:[^/]+/[^/]+/)?)?)?$")


class CoursePageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not PAGE_PATH.match(request.path_info) or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        user_pk = request.user.pk if request.user.is_authenticated else None
        current = caching.versions(user_pk)
        request.courses_versions = current  # read before any page data: keys taken from it are safe
        route_key = caching.route_key(request, current[0])
        page_key = caching.page_key(request, current) if caching.may_use_page_cache(request) else None
        found = caching.cache.get_many([k for k in (page_key, route_key) if k])
        if page_key is not None:  # the page cache's hit ratio on /metrics
            metrics.page_cache(hit=page_key in found)
        if page_key in found:
            return caching.page_response(request, found[page_key])
        if page_key is not None:  # the view would look it up again (caching.cached_page)
            caching.known_missing(request, page_key)
        if route_key in found and caching.login_needed_first(request, found[route_key]):
            return redirect_to_login(request.get_full_path())
        # A miss: let Wagtail serve it, from the cached route when there is one.
        known = route_key in found and caching.use_route(request, found[route_key])
        response = self.get_response(request)
        if not known and response.status_code < 400:
            caching.store_route(request, route_key)
        return response
