"""System checks for a production set-up (`manage.py check --deploy`, and at
every start of gunicorn or the worker): misconfiguration is said in words at
start-up, never found by a user as a 500."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

REDIS_SCHEMES = {"redis", "rediss", "unix"}


@checks.register(checks.Tags.caches)
def redis_url_is_usable(app_configs=None, **kwargs):
    url = getattr(settings, "REDIS_URL", "")
    if not url:
        return []
    parts = urlsplit(url)
    if parts.scheme not in REDIS_SCHEMES or (parts.scheme != "unix" and not parts.hostname):
        return [
            checks.Error(
                f"REDIS_URL {parts.scheme or '(no scheme)'}://… is not a Redis address.",
                hint="Use redis://host:6379/0, rediss://… (TLS) or unix:///path/to/redis.sock.",
                id="operations.E001",
            )
        ]
    return []


@checks.register(checks.Tags.compatibility, deploy=True)
def production_uses_durable_tasks(app_configs=None, **kwargs):
    from operations.queue import uses_database_backend

    if uses_database_backend():
        return []
    return [
        checks.Warning(
            "Background tasks run inside the request (immediate backend): a mail or award "
            "that fails is not retried and a slow mail server slows pages down.",
            hint="training.settings.production uses the database queue; run `manage.py task_worker`.",
            id="operations.W001",
        )
    ]


@checks.register(checks.Tags.compatibility, deploy=True)
def metrics_token_is_long(app_configs=None, **kwargs):
    token = getattr(settings, "METRICS_TOKEN", "") or ""
    if token and len(token) < 32:
        return [
            checks.Warning(
                "METRICS_TOKEN is shorter than 32 characters.",
                hint="Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'",
                id="operations.W002",
            )
        ]
    return []


@checks.register(checks.Tags.caches, deploy=True)
def redis_answers(app_configs=None, **kwargs):
    """`check --deploy`: a well-formed REDIS_URL whose server does not answer (wrong host, port or
    password, Redis down). A warning, not an error: the site runs without Redis (degraded)."""
    url = getattr(settings, "REDIS_URL", "")
    if not url or redis_url_is_usable():
        return []
    import redis

    parts = urlsplit(url)
    where = parts.path if parts.scheme == "unix" else f"{parts.hostname}:{parts.port or 6379}"
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1.0, socket_timeout=1.0)
        try:
            client.ping()
        finally:
            client.close()
    except (redis.RedisError, OSError) as error:
        return [
            checks.Warning(
                f"Redis at {where} (REDIS_URL) does not answer: {type(error).__name__}. Pages are served "
                "uncached, login rate limits are not enforced and the page cache is not shared.",
                hint="Check the host, port, database number and password in REDIS_URL, and that Redis runs; "
                '/healthz says "cache": "down" meanwhile.',
                id="operations.W003",
            )
        ]
    return []
