"""What the try requests tell the association's welcome contacts through the
notification centre (in-app and e-mail, in each contact's language).

The notice names the activity, never the newcomer: notifications are kept
longer than a request may be (notifications.purge_old_notifications), so the
newcomer's name and contact details stay in the request alone and go with it.
Registered from activities' AppConfig.ready() (`register_kinds`); sending
registers it too, should that not have happened.

The newcomer's own mails (request received, answered) go by the durable
mail path too: `mail_newcomer` is a task, enqueued after commit.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from notifications.registry import is_registered, register_kind
from notifications.services import absolute_url, language_of, notify

TRY_REQUESTED = "activities.try_requested"


def register_kinds() -> None:
    register_kind(
        TRY_REQUESTED,
        label=_("A newcomer would like to try your activity"),
        title=_("A newcomer would like to try %(activity)s"),
        body_template="activities/tryouts/notifications/try_requested.txt",
    )


def ensure_registered() -> None:
    if not is_registered(TRY_REQUESTED):
        register_kinds()


def recipients(activity):
    """The people told of a new request: the activity's welcome contact when
    they are an active contact of its association, else every active contact."""
    from associations.models import Membership, Role

    contacts = Membership.objects.active().filter(association=activity.association, role=Role.CONTACT)
    welcome = activity.welcome_contact_id
    users = [membership.user for membership in contacts.select_related("user")]
    chosen = [user for user in users if user.pk == welcome]
    return chosen or users


def try_requested(try_request) -> None:
    """Tell the welcome contact(s) of a new request, with a link to the inbox
    and the lesson that prepares for the encounter (in their language)."""
    from django.utils import translation

    from activities.tryouts.guidance import preparation_lesson

    ensure_registered()
    activity = try_request.activity
    association = activity.association
    region = association.municipality.region
    for user in recipients(activity):
        with translation.override(language_of(user)):
            lesson = preparation_lesson(region)
            lesson_title = lesson.title if lesson else ""
            lesson_url = absolute_url(lesson.url) if lesson and lesson.url else ""
        notify(
            user,
            TRY_REQUESTED,
            params={
                "activity": str(activity),
                "association": association.name,
                "phone_only": not try_request.email,
                "lesson_title": lesson_title,
                "lesson_url": lesson_url,
            },
            # The inbox, not the request: the link must still work after the
            # request has been answered, deleted or purged.
            url=lambda: reverse("activities:try_inbox") + f"#try-{try_request.pk}",
            dedupe_key=f"try_request:{try_request.pk}",
        )


@task()
def mail_newcomer(pk: int, what: str, answered_at: str = "") -> bool:
    """Mail the newcomer ("received" or "answered") in their language; True when accepted.

    A task (the worker sends it in production, retrying while the mail server
    refuses: operations.mail.send_in_task); `answer_mailed_at` is set only when
    the server accepted the answer. An "answered" mail whose answer was
    replaced meanwhile (`answered_at` differs) sends nothing: the new answer
    has its own mail."""
    from django.core.mail import EmailMessage
    from django.template.loader import render_to_string
    from django.utils import timezone, translation

    from activities.models import TryRequest
    from activities.tryouts import guidance
    from activities.tryouts.services import status_path
    from operations.mail import send_in_task

    try_request = TryRequest.objects.select_related("activity__association").filter(pk=pk).first()
    if try_request is None or not try_request.email:
        return False
    if (
        what == "answered"
        and answered_at
        and (try_request.answered_at is None or try_request.answered_at.isoformat() != answered_at)
    ):
        return False
    with translation.override(try_request.language):
        context = {
            "try_request": try_request,
            "activity": try_request.activity,
            "association": try_request.activity.association,
            "status_url": absolute_url(status_path(try_request)),
            "orientation": guidance.orientation(try_request.activity),
        }
        subject = render_to_string(f"activities/tryouts/email/{what}_subject.txt", context).strip()
        body = render_to_string(f"activities/tryouts/email/{what}.txt", context)
    sent = send_in_task(EmailMessage(" ".join(subject.split()), body, None, [try_request.email]))
    if sent and what == "answered":
        TryRequest.objects.filter(pk=pk).update(answer_mailed_at=timezone.now())
    return sent
