"""Background work of `reports`, run through Django's task framework."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from training.mail import send_mail_safely


@task()
def send_reminder_email(reminder_pk: int, language: str) -> bool:
    """E-mail one reminder, in the language the sender was using.

    The Reminder row is the "sent" marker (a person is reminded at most once
    a week, and it counts against the sender's hourly limit): when the mail
    server fails it is deleted, so the person can be reminded again at once.
    Returns whether the e-mail went out."""
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
    if send_mail_safely(subject, body, [reminder.user.email]):
        return True
    reminder.delete()
    return False
