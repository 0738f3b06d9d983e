"""Optional error reporting to Sentry (or a Sentry-compatible service such as GlitchTip)."""

import os


def init_from_environment(environ=os.environ) -> bool:
    """Start sentry-sdk when SENTRY_DSN is set; True when started.

    No personal data is sent (send_default_pii=False: no user e-mail, no
    cookies, no request bodies); performance tracing is off unless
    SENTRY_TRACES_SAMPLE_RATE says otherwise. The request id is attached as a tag.
    """
    dsn = environ.get("SENTRY_DSN", "").strip()
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    from training.observability import request_id

    def tag_request_id(event, hint):
        current = request_id.get()
        if current:
            event.setdefault("tags", {})["request_id"] = current
        return event

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        traces_sample_rate=float(environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        environment=environ.get("SENTRY_ENVIRONMENT", "production"),
        before_send=tag_request_id,
    )
    return True
