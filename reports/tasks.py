"""Background work of `reports`, run through Django's task framework."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task


@task()
def send_reminder_email(reminder_pk: int, language: str) -> bool:
    """E-mail one reminder, in the language the sender was using.

    The Reminder row is the "sent" marker (a person is reminded at most once
    a week, and it counts against the sender's hourly limit). Run by the
    worker in production (operations.mail.send_in_task): while the mail
    server refuses, the task is retried with backoff and the row stays; only
    when the last attempt failed (the task is then FAILED, for staff to see;
    at once with the immediate backend of the demo) is it deleted, so the
    person can be reminded again. Returns whether the e-mail went out."""
    from operations.mail import send_in_task
    from reports.models import Reminder

    reminder = Reminder.objects.select_related("user", "association").filter(pk=reminder_pk).first()
    if reminder is None:
        return False
    language = reminder.user.preferred_language or language
    with translation.override(language):
        url = settings.SITE_URL.rstrip("/") + reverse("courses:my_learning")
        subject = _("%(association)s: your courses on Kohtaamo are waiting") % {
            "association": reminder.association.name
        }
        body = render_to_string("reports/email/reminder.txt", {"reminder": reminder, "url": url})
    message = EmailMessage(subject, body, None, [reminder.user.email])
    return send_in_task(message, on_give_up=lambda: Reminder.objects.filter(pk=reminder.pk).delete())
