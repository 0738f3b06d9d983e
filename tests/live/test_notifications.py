"""Live-session notices through the notification centre (issue 12 §3): the
registered person (and only they) is told, with the session page link and
the .ics attached, once per event, with dates in their own locale format."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import formats, timezone, translation

from live import services
from live.tasks import send_confirmation_email
from notifications.models import Notification
from tests.factories import UserFactory
from tests.mail_backends import on_commit_runs_at_once

pytestmark = pytest.mark.django_db


def kinds_of(user):
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_registering_notifies_the_person_with_the_session_page(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    (notice,) = Notification.objects.filter(recipient=learner, kind="live.registered")
    assert notice.url == session.get_url()
    assert [m.to for m in mail.outbox] == [[learner.email]]


def test_the_confirmation_mail_still_carries_the_ics(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    (name, content, mimetype) = mail.outbox[0].attachments[0]
    assert (name, mimetype) == ("session.ics", "text/calendar") and "BEGIN:VEVENT" in str(content)


def test_a_repeated_confirmation_task_notifies_once(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(learner, session).registration
        send_confirmation_email.call(registration.pk)
    assert kinds_of(learner) == ["live.registered"]
    assert len(mail.outbox) == 1


def test_only_the_promoted_person_hears_of_the_promotion(
    session, learner, other_learner, django_capture_on_commit_callbacks
):
    session.capacity = 1
    session.save_revision().publish()
    first = services.register(other_learner, session, notify=False).registration
    services.register(learner, session, notify=False)  # waiting
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(first)
    assert kinds_of(learner) == ["live.promoted"]
    assert kinds_of(other_learner) == []


def test_a_cancelled_session_tells_each_participant_once_with_the_ics(
    session, trainer, learner, django_capture_on_commit_callbacks
):
    services.register(learner, session, notify=False)
    bystander = UserFactory(email="ei.ilmoittautunut@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_session(trainer, session, "Kouluttaja sairastui.")
        services.cancel_session(trainer, session, "Kouluttaja sairastui.")
    assert kinds_of(learner) == ["live.cancelled"] and kinds_of(bystander) == []
    (message,) = mail.outbox
    assert "STATUS:CANCELLED" in str(message.attachments[0][1])


def test_a_reminder_is_one_notice_per_start(session, learner):
    services.register(learner, session, notify=False)
    from live.reminders import send_due_reminders

    with on_commit_runs_at_once():
        send_due_reminders(now=session.starts_at - timedelta(hours=23))
        send_due_reminders(now=session.starts_at - timedelta(hours=22))
    assert kinds_of(learner) == ["live.reminder_day"]
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("language", ["en", "sv", "ar"])
def test_the_mail_shows_the_start_in_the_recipients_locale_format(
    language, session, learner, django_capture_on_commit_callbacks
):
    learner.preferred_language = language
    learner.save(update_fields=["preferred_language"])
    with translation.override("fi"), django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    with translation.override(language):
        expected = formats.date_format(timezone.localtime(session.starts_at), "DATETIME_FORMAT")
    assert expected in mail.outbox[0].body
