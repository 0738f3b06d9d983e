"""The durable mail task (operations.mail): every e-mail that is not a
notification is sent by it, in the worker in production."""

from django_tasks import task


@task(takes_context=True)
def deliver_mail(context, payload: str, label: str = "", on_sent: str = "", on_give_up: str = "", hook_args=()) -> bool:
    """Send one stored e-mail (`payload`: operations.mail.seal); `label` says what it is, for staff.

    True when the mail server accepted it; RetryLater while it refuses and
    attempts remain; after the last attempt `on_give_up` runs and the task is
    FAILED. See operations.mail for what "once" means."""
    from operations.mail import RetryLater, run_hook, send_safely, unseal, will_retry

    message = unseal(payload)
    if send_safely(message):
        run_hook(on_sent, hook_args)
        return True
    if will_retry(context):
        raise RetryLater(f"{label or 'e-mail'} not accepted by the mail server")
    run_hook(on_give_up, hook_args)
    raise RetryLater(f"{label or 'e-mail'} not accepted by the mail server; given up after the last attempt")
