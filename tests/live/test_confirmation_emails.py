"""Confirmation e-mails on registering and on joining the waiting list:
once, after commit, in the person's language, with the session's .ics."""

import pytest
from django.core import mail
from django.utils import formats, timezone, translation
from icalendar import Calendar

from live import services
from live.models import Confirmation
from live.tasks import send_confirmation_email
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def ics_of(message) -> Calendar:
    (name, content, mimetype) = message.attachments[0]
    assert name.endswith(".ics") and mimetype == "text/calendar"
    return Calendar.from_ical(content)


def fill(session):
    for _ in range(session.capacity):
        services.register(UserFactory(), session, notify=False)


def test_registering_sends_a_confirmation(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert mail.outbox[0].subject == f"You are registered: {session.title}"
    assert session.url in mail.outbox[0].body


def test_confirmation_ics_is_the_download_with_the_join_link(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    event = ics_of(mail.outbox[0]).walk("VEVENT")[0]
    assert str(event["uid"]) == f"live-session-{session.translation_key}@127.0.0.1"
    assert event.decoded("dtstart") == session.starts_at
    assert str(event["location"]) == session.join_url


def test_registering_twice_sends_once(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
        services.register(learner, session)
    assert len(mail.outbox) == 1


def test_a_repeated_confirmation_task_sends_nothing_more(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(learner, session).registration
    send_confirmation_email.call(registration.pk)
    assert len(mail.outbox) == 1
    assert Confirmation.objects.filter(registration=registration).count() == 1


def test_waitlisted_confirmation_says_so(session, learner, django_capture_on_commit_callbacks):
    fill(session)
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    message = mail.outbox[0]
    assert message.subject == f"You are on the waiting list: {session.title}"
    assert "waiting list" in message.body and "number 1" in message.body


def test_waitlisted_ics_has_no_join_link(session, learner, django_capture_on_commit_callbacks):
    fill(session)
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    event = ics_of(mail.outbox[0]).walk("VEVENT")[0]
    assert "location" not in event
    assert session.join_url not in str(mail.outbox[0].attachments[0][1])


def test_confirmation_is_written_in_the_preferred_language(session, learner, django_capture_on_commit_callbacks):
    learner.preferred_language = "en"
    learner.save(update_fields=["preferred_language"])
    with translation.override("fi"), django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    starts_at = timezone.localtime(session.starts_at)
    with translation.override("en"):
        english = formats.date_format(starts_at, "DATETIME_FORMAT")
    with translation.override("fi"):
        assert formats.date_format(starts_at, "DATETIME_FORMAT") != english
    assert english in mail.outbox[0].body


def test_nothing_is_sent_before_the_commit(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.register(learner, session)
        assert mail.outbox == []
    assert len(callbacks) == 1


def test_registering_again_after_cancelling_confirms_again(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(learner, session).registration
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(registration)
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session)
    assert [m.subject.split(":")[0] for m in mail.outbox] == ["You are registered", "You are registered"]


def test_quiet_registration_sends_nothing(session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.register(learner, session, notify=False)
    assert mail.outbox == []


def test_promotion_email_carries_the_ics_with_the_join_link(
    session, learner, other_learner, django_capture_on_commit_callbacks
):
    first = services.register(other_learner, session, notify=False).registration
    services.register(UserFactory(), session, notify=False)
    services.register(learner, session, notify=False)  # waiting
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(first)
    (message,) = mail.outbox
    assert message.to == [learner.email]
    assert str(ics_of(message).walk("VEVENT")[0]["location"]) == session.join_url
