"""What `live` tells people through the notification centre: a registration
or a place on the waiting list confirmed, a promotion from the waiting list,
a session called off, and the reminders 24 hours and 1 hour before.

Kinds are registered in LiveConfig.ready(); the tasks in live.tasks decide
*whether* a notice is due (and keep their "sent" markers), this module says
what it contains. Each notice goes only to the registration's own person and
carries a dedupe key tied to the one event (the Confirmation marker, the
promotion's time, the cancellation, the reminder and the start it was for),
so a repeated or concurrent task notifies nobody twice. The .ics travels as
an e-mail attachment; dates are kept as ISO strings and formatted in the
recipient's language when the mail is written (templates/live/notifications).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from notifications.registry import register_kind
from notifications.services import language_of, notify

REGISTERED = "live.registered"
WAITLISTED = "live.waitlisted"
PROMOTED = "live.promoted"
CANCELLED = "live.cancelled"
REMINDER_DAY = "live.reminder_day"
REMINDER_HOUR = "live.reminder_hour"


def register_kinds() -> None:
    kinds = [
        (REGISTERED, _("Your registration for a live session"), _("You are registered: %(title)s"), "registered"),
        (
            WAITLISTED,
            _("Your place on a live session's waiting list"),
            _("You are on the waiting list: %(title)s"),
            "waitlisted",
        ),
        (PROMOTED, _("A place for you from the waiting list"), _("You have a place in %(title)s"), "promoted"),
        (CANCELLED, _("A live session you registered for is cancelled"), _("Cancelled: %(title)s"), "cancelled"),
        (REMINDER_DAY, _("Reminder the day before a live session"), _("Tomorrow: %(title)s"), "reminder_day"),
        (
            REMINDER_HOUR,
            _("Reminder an hour before a live session"),
            _("Starting in an hour: %(title)s"),
            "reminder_hour",
        ),
    ]
    for key, label, title, template in kinds:
        register_kind(key, label=label, title=title, body_template=f"live/notifications/{template}.txt")


def shown_page(session, language: str):
    """The session's page in `language` when it is published, else the
    canonical page (which holds registrations and the cancellation)."""
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or locale.pk == session.locale_id:
        return session
    translation_page = session.get_translation_or_none(locale)
    return translation_page if translation_page is not None and translation_page.live else session


def _page_path(session):
    """A zero-argument callable: the page's link in the language active when
    it is called (notify calls it in the recipient's language)."""

    def path() -> str:
        page = shown_page(session, translation.get_language() or settings.LANGUAGE_CODE)
        return page.get_url() or ""

    return path


def _ics(registration, *, include_join: bool):
    from live.calendar import session_ics

    content = session_ics(registration.session, include_join=include_join)
    return [("session.ics", content.decode("utf-8") if isinstance(content, bytes) else content, "text/calendar")]


def send(registration, kind: str, *, dedupe_key: str, extra=None, attach_ics: bool = False):
    """One notice about `registration` to its person. Returns the Notification
    (the existing one for a repeated dedupe key) or None (inactive account)."""
    user, session = registration.user, registration.session
    page = shown_page(session, language_of(user))
    params = {
        "title": page.title,
        "starts_at": session.starts_at.isoformat(),
        "ends_at": session.ends_at.isoformat(),
        **(extra or {}),
    }
    # The same file as the download: the join link only for people with a place.
    attachments = _ics(registration, include_join=registration.is_registered) if attach_ics else None
    return notify(user, kind, params=params, url=_page_path(session), dedupe_key=dedupe_key, attachments=attachments)
