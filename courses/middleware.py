"""Answer GET requests for cached course and lesson pages before Wagtail
routes them (courses/caching.py says what is cached and when it changes).

Installed last in MIDDLEWARE, so sessions, authentication, the MFA gate,
security headers and CSP still apply to every cached answer.
"""

import re

from courses import caching

# /<language>/<catalogue>/, /<language>/<catalogue>/<course>/ and
# /<language>/<catalogue>/<course>/<module>/<step>/
PAGE_PATH = re.compile(r"^/[a-z]{2}(?:-[a-z0-9]+)?/[^/]+/(?:[^/]+/(?:[^/]+/[^/]+/)?)?$")


class CoursePageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if PAGE_PATH.match(request.path_info) and caching.may_use_page_cache(request):
            response = caching.cached_page(request)
            if response is not None:
                return response
        return self.get_response(request)
