"""Production: everything secret or host-specific comes from the environment,
and the process refuses to start without it.

Behind a TLS-terminating reverse proxy set SECURE_PROXY_SSL_HEADER=1 so that
Django trusts X-Forwarded-Proto; set DJANGO_SECURE_SSL_REDIRECT=0 only where
the proxy already redirects plain HTTP.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from training.observability import sentry
from training.observability.logs import logging_config

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool

DEBUG = False

if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment (at least 50 random characters).")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS in the environment (comma-separated host names).")

SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Number of reverse proxies in front of the app: allauth reads the client IP
# for its rate limits from X-Forwarded-For only when this is set.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Or, behind a proxy that sets one trusted header (e.g. X-Real-IP), name it here.
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("TRUSTED_CLIENT_IP_HEADER") or None

# JSON lines with the request id (training/observability/logs.py); LOG_FORMAT=text for plain lines.
LOGGING = logging_config(os.environ.get("LOG_LEVEL", "INFO"), json=os.environ.get("LOG_FORMAT", "json") == "json")

# Background work: the database queue, run by `manage.py task_worker` (one or
# more processes; docs/operations.md "Background work"). Tasks enqueued in a
# request carry its request id.
TASKS = {"default": {"BACKEND": "training.tasks_backend.RequestIdDatabaseBackend"}}

# Error reporting, only when SENTRY_DSN is set (no personal data is sent).
sentry.init_from_environment()
DEMO_CONTENT_ALLOWED = False  # explicit: seed_demo never runs here
