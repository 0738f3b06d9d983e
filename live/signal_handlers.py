"""When a trainer publishes a session with more places, people waiting get them."""

from wagtail.signals import page_published


def promote_after_publish(sender, instance, **kwargs):
    from live.services import promote_waitlist

    promote_waitlist(instance)


def connect() -> None:
    from live.models import LiveSessionPage

    page_published.connect(promote_after_publish, sender=LiveSessionPage, dispatch_uid="live_promote_after_publish")
