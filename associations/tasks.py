"""Background work of `associations`, run through Django's task framework
(immediately in the demo and tests; by the worker in production)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task


@task()
def send_invitation_email(invitation_pk: int, language: str) -> bool:
    """Send one invitation e-mail in the language the contact was using.

    Run by the worker in production (operations.mail.send_in_task): while the
    mail server refuses, the task is retried with backoff and the invitation
    stays pending. Only when the last attempt failed (the task is then
    FAILED; at once with the immediate backend of the demo) is the
    invitation deleted again (it would
    otherwise stay "pending" forever, and inviting the same address again
    would find it and send nothing): inviting again then creates and sends a
    new one. Returns whether the e-mail went out."""
    from associations.models import Invitation
    from operations.mail import send_in_task

    invitation = Invitation.objects.select_related("association").filter(pk=invitation_pk).first()
    if invitation is None or not invitation.is_pending:
        return False
    with translation.override(language):
        url = settings.SITE_URL.rstrip("/") + reverse("associations:accept_invitation", args=[invitation.token])
        subject = _("Invitation to join %(association)s on Kohtaamo") % {"association": invitation.association.name}
        body = render_to_string("associations/email/invitation.txt", {"invitation": invitation, "url": url})
    message = EmailMessage(subject, body, None, [invitation.email])
    return send_in_task(
        message, on_give_up=lambda: Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).delete()
    )
