"""Settings shared by every environment.

Secrets and hosts come from the environment; `dev`, `test` and `production`
add or tighten what differs. Nothing here is safe to run in production alone.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from training import storage_settings
from training.observability.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list, skipping blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Apps in layers (see ../shared/design.md): an app imports only from apps
# listed before it. `training` is first so its templates and commands win.
PROJECT_APPS = [
    "training",
    "accounts",
    "audit",
    "operations",
    "notifications",
    "associations",
    "home",
    "courses",
    "quizzes",
    "live",
    "readiness",
    "badges",
    "activities",
    "reports",
]

INSTALLED_APPS = [
    *PROJECT_APPS,
    # The database task queue (production's TASKS backend); its table exists everywhere.
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales; never both
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "corsheaders",  # CORS for the open-data API only (CORS_URLS_REGEX)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# Order matters (requests go down this list, responses come back up it):
MIDDLEWARE = [
    # First: the request id (X-Request-ID) and the latency of everything below;
    # answers /metrics (operator only) before sessions or the database.
    "training.observability.middleware.ObservabilityMiddleware",
    # HTTPS redirect and security headers for every answer, /healthz included.
    "django.middleware.security.SecurityMiddleware",
    # /healthz answers here, before anything reads the session, the user or
    # the database: a probe never gets a 500 from a failed session load.
    "training.middleware.HealthCheckMiddleware",
    # Before anything that may answer: CORS headers and preflights of /api/ (below);
    # corsheaders' middleware, skipped for paths CORS_URLS_REGEX does not match.
    "training.middleware_cors.ApiCorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "training.csp.KohtaamoCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Right after the language is known: /fa/, /prs/, /ckb/, /so/, /ru/, /uk/ serve only the offering.
    "training.i18n.offering_languages.OfferingLanguagesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication; wraps everything below (the MFA gate's redirects,
    # cached pages, views): a logged-in person's responses are private, no-store.
    "training.middleware.PrivateCacheControlMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Django's MessageMiddleware, building the message storage only when used.
    "training.middleware_messages.LazyMessageMiddleware",
    # After authentication, allauth and messages: roles that require MFA set it up first.
    "accounts.middleware.MFARequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: answers cached course and lesson pages before Wagtail routing, with
    # everything above (sessions, MFA gate, headers) still applied.
    "courses.middleware.CoursePageCacheMiddleware",
]

ROOT_URLCONF = "training.urls"
WSGI_APPLICATION = "training.wsgi.application"

# The open-data API (activities/api): any site may read it from a browser, never with cookies.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_EXPOSE_HEADERS = ("ETag", "Content-Language")

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server, and backing
# allauth's rate limits); otherwise process-local memory.
# A Redis outage degrades the site instead of stopping it: the backend turns
# connection errors into misses (training/cache.py; rate limits fail open
# meanwhile) and the short socket timeouts keep a dead Redis from costing more
# than a fraction of a second per request. /healthz reports the cache as down.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "training.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kohtaamo",
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.2")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
# One backend, so that every login attempt hashes a password exactly once,
# whether or not the address has an account (allauth hashes a dummy password
# for an unknown one); a second backend would check again. allauth's backend
# extends Django's ModelBackend, so permissions work as before.
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
# Sign-up with a registered address does the same work as with a new one.
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}

# django-allauth: e-mail is the login; nobody gets in with an unverified address.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Opening the verification link in the browser that signed up logs the person
# in and continues where they were going (e.g. joining by invite link).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# The same answer for known and unknown addresses on sign-up and password reset.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kohtaamo] "
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# A one-time login code by e-mail: the way in when password logins from a
# client are rate limited (or the password is forgotten). MFA still applies.
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
# Rate limits use the default cache: Redis in production, so they hold across app servers.
# login_failed: 10 a minute per client IP across accounts, and 5 in 5 minutes per
# account *and* client (the key includes the IP, accounts/adapters.py), so a
# stranger cannot lock the owner out.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Kohtaamo"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Languages: Finnish first (the default), Swedish, English; Arabic for learners.
# These four are the site's languages: every page, the profile's language
# choice, mail, notifications, certificates and Wagtail content.
LANGUAGE_CODE = "fi"
SITE_LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
    ("ar", "العربية"),
]
# The hobby offering (what a newcomer sees under /<lang>/activities/) is also in
# six newcomer languages. Django has no Dari, and no Somali; training/i18n adds
# both to LANG_INFO. ckb and so are machinery only (English where untranslated).
OFFERING_LANGUAGES = [
    *SITE_LANGUAGES,
    ("fa", "فارسی"),
    ("prs", "دری"),
    ("ckb", "کوردی"),
    ("so", "Soomaali"),
    ("ru", "Русский"),
    ("uk", "Українська"),
]
# i18n_patterns and LocaleMiddleware need every prefix; a page that is not an
# offering page is redirected from the six to a site language
# (training/i18n/offering_languages.py).
LANGUAGES = OFFERING_LANGUAGES
# The offering's newcomer pages (URL names): served in all of LANGUAGES.
OFFERING_URL_NAMES = [
    "activities:offering",
    "activities:detail",
    "activities:try_request",
    "activities:try_status",
]
LANGUAGES_BIDI = ["ar", "fa", "prs", "ckb"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Helsinki"
WAGTAIL_I18N_ENABLED = True
# Content (pages, Locale rows) stays in the four site languages.
WAGTAIL_CONTENT_LANGUAGES = SITE_LANGUAGES

# Static files: our own plus Bootstrap installed from npm (node_modules), served
# by the site itself through whitenoise. No CDN.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", BASE_DIR / "node_modules" / "bootstrap" / "dist"),
]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Named storages: "default" (public media: Wagtail images, documents, audio,
# badge images), "private" (readiness plans, only streamed by scoped views) and
# "staticfiles". Local disk unless MEDIA_STORAGE=s3 (then two buckets, see
# training/storage_settings.py and docs/operations.md "Object storage").
MEDIA_STORAGE = storage_settings.media_storage_kind(os.environ)
STORAGES = storage_settings.storages(os.environ, "whitenoise.storage.CompressedManifestStaticFilesStorage")
# Documents and lesson audio always go through Wagtail's serve view (as on
# local disk): it applies collection privacy and keeps media-src 'self'.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Request size limits: too-large bodies answer 400, never 500.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Wagtail's page editor posts many fields for big StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: the backend and server come from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kohtaamo <no-reply@kohtaamo.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work through the django-tasks backport that Wagtail 8 uses:
# immediate here (the demo); production uses the database queue and
# `manage.py task_worker` (docs/operations.md "Background work").
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The worker retries a task that failed for a passing reason (mail server or
# database away) this many attempts in all, waiting base × 2^n seconds between.
TASK_MAX_ATTEMPTS = int(os.environ.get("TASK_MAX_ATTEMPTS", "5"))
TASK_RETRY_BASE_SECONDS = float(os.environ.get("TASK_RETRY_BASE_SECONDS", "30"))
# /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`; unset = 404 for everyone.
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")

# Content Security Policy: no inline scripts anywhere; scripts and styles come
# from our own origin only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Images (renditions) in an object store come from its own origin.
for _origin in storage_settings.public_media_origins(STORAGES):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(_origin)
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["media-src"].append(_origin)
# The Wagtail admin still relies on inline style attributes and a few inline
# scripts of its own; it gets a separate, looser policy (training/csp.py).
CSP_ADMIN_PREFIXES = ("/admin/", "/django-admin/")

# Wagtail's preview views override this to SAMEORIGIN for its own iframe.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True

# Wagtail
WAGTAIL_SITE_NAME = "Kohtaamo"
# The public address of the site: absolute links in e-mails, calendars and the
# Open Badges documents (whose `id` must be exactly the URL they are served at).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

# Files that only scoped views may serve (readiness plans): never under
# MEDIA_ROOT, never served by the web server; back it up with the database.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))

# Open Badges 3.0 signing key (Ed25519, PEM): a file path, or the PEM text in
# BADGES_SIGNING_KEY. Never in the database. `manage.py generate_badge_key`
# writes one (and keeps retired public keys published next to it).
BADGES_SIGNING_KEY_FILE = os.environ.get(
    "BADGES_SIGNING_KEY_FILE", str(BASE_DIR / "var" / "badge-keys" / "signing-key.pem")
)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Audio formats for the lesson audio block, besides office documents.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "mp3", "ogg", "oga", "m4a"]
# Private pages send visitors to the allauth login (rate limits, MFA), not Wagtail's own.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third-party requests from the admin (privacy, and the CSP would block them).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin logs in through allauth (rate limits, MFA): Wagtail's redirects to
# its login, and its logout, go to our /admin/login/, which hands over to
# allauth's login with a safe `next` (accounts/admin_login.py).
WAGTAILADMIN_LOGIN_URL = "wagtail_admin_login_via_allauth"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]

SITE_NAME = _("Kohtaamo")

# Plain text with the request id; JSON lines with LOG_FORMAT=json (production's default).
LOGGING = logging_config(os.environ.get("LOG_LEVEL", "WARNING"), json=os.environ.get("LOG_FORMAT", "text") == "json")

# Only dev and test settings allow `seed_demo` (demo accounts share one password).
DEMO_CONTENT_ALLOWED = False

# MFA follows from permissions (admin access, other people's accounts) and
# from role checks that apps register (accounts/policies.py). These groups are
# an extra: quizzes.permissions grants learner analytics by group name.
MFA_REQUIRED_GROUPS = ["Trainers", "Reviewers"]
MFA_EXEMPT_EMAILS: list[str] = []

# Audit events older than this are deleted by `manage.py purge_audit_log` (docs/audit.md).
AUDIT_RETENTION_DAYS = int(os.environ.get("AUDIT_RETENTION_DAYS", "1826"))

# Newcomers' try requests (activities/tryouts): deleted by `manage.py purge_try_requests`
# this many months after their outcome (or decline), or after sending when they never got one;
# only anonymous counts per activity, month and outcome are kept.
TRYOUT_RETENTION_MONTHS = int(os.environ.get("TRYOUT_RETENTION_MONTHS", "12"))
TRYOUT_OPEN_RETENTION_MONTHS = int(os.environ.get("TRYOUT_OPEN_RETENTION_MONTHS", "6"))
# allauth rate-limit syntax: per client address and per activity (the key).
TRYOUT_RATE_LIMITS = {"try_request": "10/10m/ip,20/h/key"}
# A request form posted sooner than this after it was shown is taken for a bot (and shown again, filled in).
TRYOUT_MIN_FILL_SECONDS = 3
# The lesson that prepares a contact for meeting a newcomer: "course-slug/lesson-slug",
# with an override per region code.
TRYOUT_PREPARATION_LESSON = "uudet-jasenet-tervetulleiksi/oma-toiminta"
TRYOUT_PREPARATION_LESSON_BY_REGION: dict[str, str] = {}
