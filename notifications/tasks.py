"""Background work of `notifications`, run through Django's task framework
(immediately in the demo and tests; by the worker in production)."""

from django_tasks import task

from training.tasks_retry import RetryLater


@task()
def send_notification_email(notification_pk: int) -> bool:
    """Send one notification's e-mail, at most once (notifications.mailing).

    When the mail server failed and the e-mail is still wanted and unsent,
    raises RetryLater: the production worker tries again with backoff (and
    send_notification_digests retries it too, whichever comes first; the
    claim lets only one of them send)."""
    from notifications.mailing import send_notification_email as send
    from notifications.models import Delivery, Notification

    if send(notification_pk):
        return True
    still_unsent = Notification.objects.filter(
        pk=notification_pk, delivery=Delivery.EMAIL, email_sent_at__isnull=True, email_claim__isnull=True
    ).exists()
    if still_unsent:
        raise RetryLater(f"notification e-mail {notification_pk} not accepted by the mail server")
    return False
