"""Background work of `associations`, run through Django's task framework
(immediately in the demo and tests; by the worker in production)."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from training.mail import send_mail_safely


@task()
def send_invitation_email(invitation_pk: int, language: str) -> bool:
    """Send one invitation e-mail in the language the contact was using.

    When the mail server fails, the invitation is deleted again (it would
    otherwise stay "pending" forever, and inviting the same address again
    would find it and send nothing): inviting again then creates and sends a
    new one. Returns whether the e-mail went out."""
    from associations.models import Invitation

    invitation = Invitation.objects.select_related("association").filter(pk=invitation_pk).first()
    if invitation is None or not invitation.is_pending:
        return False
    with translation.override(language):
        url = settings.SITE_URL.rstrip("/") + reverse("associations:accept_invitation", args=[invitation.token])
        subject = _("Invitation to join %(association)s on Kohtaamo") % {"association": invitation.association.name}
        body = render_to_string("associations/email/invitation.txt", {"invitation": invitation, "url": url})
    if send_mail_safely(subject, body, [invitation.email]):
        return True
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).delete()
    return False
