"""CORS for the paths that have it, and no work at all for the others.

django-cors-headers' middleware runs on every request: it reads its settings,
matches CORS_URLS_REGEX and sends its `check_request_enabled` signal, on
pages that never get CORS headers. ApiCorsMiddleware lets a request through
untouched when neither could enable CORS for it: the path does not match
CORS_URLS_REGEX (the open-data API, /api/) and no receiver is connected to
the signal. Everything else is corsheaders' own code, unchanged.
"""

import re

from corsheaders.conf import conf
from corsheaders.middleware import CorsMiddleware
from corsheaders.signals import check_request_enabled


class ApiCorsMiddleware(CorsMiddleware):
    def __call__(self, request):
        if not may_enable_cors(request.path_info):
            return self.get_response(request)  # in async mode the awaitable, as corsheaders returns
        return super().__call__(request)


def may_enable_cors(path: str) -> bool:
    """Could corsheaders enable CORS for `path` (its own test, without the request)?"""
    return bool(re.match(conf.CORS_URLS_REGEX, path)) or bool(check_request_enabled.receivers)
