"""Project-wide middleware: the health check and the private-page cache header.

Where each goes in MIDDLEWARE is stated in training/settings/base.py.
"""

from training.views import healthz

HEALTHZ_PATH = "/healthz"
# What patch_cache_control(private=True, no_store=True) writes on a response
# without the header, set directly: the only case this middleware handles.
PRIVATE_NO_STORE = "private, no-store"


class HealthCheckMiddleware:
    """Answer /healthz before anything that reads the session, the user or
    the database (sessions, authentication, the MFA gate).

    A load balancer's probe, or a browser that still sends a session cookie,
    must get the health check's own 200 or 503, never a 500 because loading
    the session failed during a database outage. Placed right after
    SecurityMiddleware, so the HTTPS redirect and security headers still
    apply; the host is validated here (an unknown host gets 400) because
    CommonMiddleware, which would do it, comes later.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTHZ_PATH:
            request.get_host()  # raises DisallowedHost (400) for an unknown host
            return healthz(request)
        return self.get_response(request)


class PrivateCacheControlMiddleware:
    """`Cache-Control: private, no-store` on every response to a logged-in
    person, so that no shared cache (proxy, CDN) nor the browser's history
    keeps a copy of a page with their data.

    A Cache-Control a view set itself is kept (e.g. never_cache, or public
    documents such as the Open Badges files). Responses to anonymous visitors
    are left alone: the course page cache and any proxy may keep those.
    Must come after AuthenticationMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            response["Cache-Control"] = PRIVATE_NO_STORE
        return response
