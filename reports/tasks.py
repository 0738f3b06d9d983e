"""Background work of `reports`, run through Django's task framework."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task


@task()
def send_reminder_email(reminder_pk: int, language: str) -> None:
    """E-mail one reminder, in the language the sender was using."""
    from reports.models import Reminder

    reminder = Reminder.objects.select_related("user", "association").filter(pk=reminder_pk).first()
    if reminder is None:
        return
    language = reminder.user.preferred_language or language
    with translation.override(language):
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("courses:my_learning")
        subject = _("%(association)s: your courses on Kohtaamo are waiting") % {
            "association": reminder.association.name
        }
        body = render_to_string("reports/email/reminder.txt", {"reminder": reminder, "url": url})
    send_mail(subject, body, None, [reminder.user.email])
