"""Local development and `make demo`: embedded defaults, nothing to configure."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = True
# A fixed key is fine only here: the demo keeps no real data.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-kohtaamo-demo-do-not-deploy")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# Mail goes to files in var/mail so the demo's verification links can be opened.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = BASE_DIR / "var" / "mail"

# runserver serves static files itself; no manifest needed.
STORAGES = {
    **STORAGES,  # noqa: F405 -- "default" and "private" as base.py chose them
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DEMO_CONTENT_ALLOWED = True

# The demo's staff accounts work without an authenticator app. Never in production.
MFA_EXEMPT_EMAILS = [
    "admin@example.org",
    "trainer@example.org",
    "coordinator@example.org",
    "contact@example.org",
    "contact2@example.org",
]

# Serve static files straight from the finders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
