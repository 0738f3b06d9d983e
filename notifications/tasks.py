"""Background work of `notifications`, run through Django's task framework
(immediately in the demo and tests; by the worker in production)."""

from django_tasks import task


@task()
def send_notification_email(notification_pk: int) -> bool:
    """Send one notification's e-mail, at most once (notifications.mailing).
    A mail-server failure returns False and leaves it for the retry in
    send_notification_digests."""
    from notifications.mailing import send_notification_email as send

    return send(notification_pk)
