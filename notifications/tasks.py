"""Background work of `notifications`, run through Django's task framework
(immediately in the demo and tests; by the worker in production)."""

import uuid

from django_tasks import task

from training.tasks_retry import RetryLater


def task_holder(context) -> uuid.UUID | None:
    """The id of the queue task `context` runs (the claim holder, notifications.mailing); None outside the queue."""
    try:
        return uuid.UUID(str(context.task_result.id))
    except (AttributeError, TypeError, ValueError):
        return None


@task(takes_context=True)
def send_notification_email(context, notification_pk: int) -> bool:
    """Send one notification's e-mail, at most once (notifications.mailing).

    When the mail server failed and the e-mail is still wanted and unsent, or
    another live sender holds its claim, raises RetryLater: the production
    worker tries again with backoff (and send_notification_digests retries it
    too, whichever comes first; the claim lets only one of them send). A claim
    left by an earlier attempt of this task (its worker was killed) is taken
    over at once."""
    from notifications.mailing import Outcome, deliver_notification_email

    outcome = deliver_notification_email(notification_pk, task_holder(context))
    if outcome is Outcome.SENT:
        return True
    if outcome is Outcome.FAILED:
        raise RetryLater(f"notification e-mail {notification_pk} not accepted by the mail server")
    if outcome is Outcome.BUSY:
        raise RetryLater(f"notification e-mail {notification_pk} is being sent by another sender")
    return False
