"""Calling a session off: trainers and staff only, with a reason; the page
stays and says "Cancelled"; registration, check-in, the join link and
reminders stop; calendars show STATUS:CANCELLED; everyone registered or
waiting is e-mailed once."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from icalendar import Calendar

from live import services
from live.models import Registration, RegistrationStatus, SessionCancellation
from live.reminders import send_due_reminders
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REASON = "Kouluttaja sairastui."


def cancel_url(session):
    return f"/fi/live/trainer/sessions/{session.pk}/cancel/"


@pytest.fixture
def people(session, learner, other_learner):
    """Two registered (learner, another) and one waiting (other_learner)."""
    services.register(learner, session, notify=False)
    services.register(UserFactory(email="toinen@example.org"), session, notify=False)
    services.register(other_learner, session, notify=False)
    return [learner, other_learner]


def cancel(session, trainer, capture):
    with capture(execute=True):
        return services.cancel_session(trainer, session, REASON)


# -- the service -------------------------------------------------------------------


def test_cancelling_emails_everyone_registered_and_waiting_once(
    session, trainer, people, django_capture_on_commit_callbacks
):
    outcome = cancel(session, trainer, django_capture_on_commit_callbacks)
    assert outcome.changed and outcome.notified == 3
    assert sorted(m.to[0] for m in mail.outbox) == ["amal@example.org", "bilal@example.org", "toinen@example.org"]
    assert all(m.subject == f"Cancelled: {session.title}" and REASON in m.body for m in mail.outbox)


def test_the_waiting_person_is_told_they_were_waiting(session, trainer, people, django_capture_on_commit_callbacks):
    cancel(session, trainer, django_capture_on_commit_callbacks)
    (message,) = [m for m in mail.outbox if m.to == ["bilal@example.org"]]
    assert "You were on its waiting list." in message.body


def test_cancelling_twice_emails_nobody_again(session, trainer, people, django_capture_on_commit_callbacks):
    cancel(session, trainer, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    again = cancel(session, trainer, django_capture_on_commit_callbacks)
    assert not again.changed
    assert mail.outbox == []
    assert SessionCancellation.objects.count() == 1


def test_people_who_cancelled_themselves_get_no_email(session, trainer, learner, django_capture_on_commit_callbacks):
    services.cancel(services.register(learner, session, notify=False).registration)
    cancel(session, trainer, django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_registrations_are_kept_as_they_were(session, trainer, people, django_capture_on_commit_callbacks):
    cancel(session, trainer, django_capture_on_commit_callbacks)
    statuses = sorted(Registration.objects.filter(session=session).values_list("status", flat=True))
    assert statuses == [RegistrationStatus.REGISTERED] * 2 + [RegistrationStatus.WAITLISTED]


def test_only_trainers_and_staff_may_cancel(session, learner):
    with pytest.raises(services.LiveError):
        services.cancel_session(learner, session, REASON)
    assert not SessionCancellation.objects.exists()


def test_a_reason_is_required(session, trainer):
    with pytest.raises(services.LiveError):
        services.cancel_session(trainer, session, "   ")


def test_a_session_that_is_over_cannot_be_cancelled(session, trainer):
    with time_machine.travel(session.ends_at + timedelta(minutes=1)), pytest.raises(services.LiveError):
        services.cancel_session(trainer, session, REASON)


def test_cancellation_email_is_in_the_preferred_language(session, trainer, learner, django_capture_on_commit_callbacks):
    from django.utils import formats, timezone, translation

    learner.preferred_language = "en"
    learner.save(update_fields=["preferred_language"])
    services.register(learner, session, notify=False)
    with translation.override("fi"):
        cancel(session, trainer, django_capture_on_commit_callbacks)
    with translation.override("en"):
        english = formats.date_format(timezone.localtime(session.starts_at), "DATETIME_FORMAT")
    assert english in mail.outbox[0].body


def test_cancellation_email_carries_the_cancelled_ics(session, trainer, learner, django_capture_on_commit_callbacks):
    services.register(learner, session, notify=False)
    cancel(session, trainer, django_capture_on_commit_callbacks)
    event = Calendar.from_ical(mail.outbox[0].attachments[0][1]).walk("VEVENT")[0]
    assert str(event["status"]) == "CANCELLED"
    assert "location" not in event


# -- what stops --------------------------------------------------------------------


def test_registration_closes(session, trainer, learner, django_capture_on_commit_callbacks):
    cancel(session, trainer, django_capture_on_commit_callbacks)
    with pytest.raises(services.LiveError, match="cancelled"):
        services.register(learner, session)


def test_the_join_link_disappears(session, trainer, learner, django_capture_on_commit_callbacks):
    services.register(learner, session, notify=False)
    cancel(session, trainer, django_capture_on_commit_callbacks)
    with time_machine.travel(session.starts_at):
        assert services.join_link_for(learner, session) is None
        assert services.join_link_for(trainer, session) is None


def test_reminders_stop(session, trainer, learner, django_capture_on_commit_callbacks):
    services.register(learner, session, notify=False)
    cancel(session, trainer, django_capture_on_commit_callbacks)
    assert send_due_reminders(now=session.starts_at - timedelta(hours=23)) == 0


def test_check_in_is_refused(session, trainer, learner, django_capture_on_commit_callbacks):
    services.register(learner, session, notify=False)
    cancel(session, trainer, django_capture_on_commit_callbacks)
    with time_machine.travel(session.starts_at), pytest.raises(services.LiveError, match="cancelled"):
        services.check_in(learner, session, "KOHT42")


def test_a_cancellation_frees_no_places_for_the_waiting(session, trainer, people, django_capture_on_commit_callbacks):
    cancel(session, trainer, django_capture_on_commit_callbacks)
    services.cancel(Registration.objects.get(user=people[0]))
    assert Registration.objects.get(user=people[1]).is_waitlisted


# -- calendars ---------------------------------------------------------------------


def event_of(response):
    assert response.status_code == 200
    return Calendar.from_ical(response.content).walk("VEVENT")[0]


def test_ics_shows_cancelled_with_a_higher_sequence(client, session, trainer, django_capture_on_commit_callbacks):
    before = event_of(client.get(f"/fi/live/sessions/{session.pk}/calendar.ics"))
    cancel(session, trainer, django_capture_on_commit_callbacks)
    after = event_of(client.get(f"/fi/live/sessions/{session.pk}/calendar.ics"))
    assert str(before["status"]) == "CONFIRMED" and str(after["status"]) == "CANCELLED"
    assert int(after["sequence"]) == int(before["sequence"]) + 1
    assert after["uid"] == before["uid"]


def test_feed_shows_the_cancelled_session_without_join_link(
    client, session, trainer, learner, django_capture_on_commit_callbacks
):
    services.register(learner, session, notify=False)
    cancel(session, trainer, django_capture_on_commit_callbacks)
    response = client.get(f"/fi/live/feed/{services.feed_of(learner).token}.ics")
    event = event_of(response)
    assert str(event["status"]) == "CANCELLED" and int(event["sequence"]) == 1
    assert session.join_url.encode() not in response.content


# -- the pages ---------------------------------------------------------------------


def test_confirm_page_says_who_is_emailed(client, session, trainer, people):
    client.force_login(trainer)
    response = client.get(cancel_url(session))
    assert response.status_code == 200
    assert "goes to 3 people (2 registered, 1 waiting)" in response.content.decode()
    assert not SessionCancellation.objects.exists()


def test_confirm_page_is_404_for_a_learner(client, session, learner):
    client.force_login(learner)
    assert client.get(cancel_url(session)).status_code == 404
    assert client.post(cancel_url(session), {"reason": REASON}).status_code == 404
    assert not SessionCancellation.objects.exists()


def test_confirm_page_is_404_for_a_coordinator(client, session, scope):
    client.force_login(scope.coordinator)
    assert client.post(cancel_url(session), {"reason": REASON}).status_code == 404


def test_posting_without_a_reason_shows_an_error(client, session, trainer):
    client.force_login(trainer)
    response = client.post(cancel_url(session), {"reason": "  "})
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert not SessionCancellation.objects.exists()


def test_posting_cancels_and_the_page_says_cancelled(
    client, session, trainer, people, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel_url(session), {"reason": REASON})
    assert response.status_code == 302 and response.url == session.url
    html = client.get(session.url).content.decode()
    assert 'id="live-cancelled"' in html and REASON in html
    assert len(mail.outbox) == 3


def test_cancelled_page_has_no_register_button_or_join_link(
    client, session, trainer, learner, django_capture_on_commit_callbacks
):
    services.register(learner, session, notify=False)
    cancel(session, trainer, django_capture_on_commit_callbacks)
    client.force_login(learner)
    with time_machine.travel(session.starts_at):
        html = client.get(session.url).content.decode()
    assert "Cancelled" in html
    assert session.join_url not in html
    assert f"/sessions/{session.pk}/register/" not in html
    assert "/registrations/" not in html  # nothing left to cancel


def test_session_page_offers_cancelling_to_its_trainer(client, session, trainer):
    client.force_login(trainer)
    assert cancel_url(session) in client.get(session.url).content.decode()


def test_session_page_offers_no_cancelling_to_a_learner(client, session, learner):
    client.force_login(learner)
    assert cancel_url(session) not in client.get(session.url).content.decode()


def test_cancelling_an_already_cancelled_session_says_so(client, session, trainer, django_capture_on_commit_callbacks):
    cancel(session, trainer, django_capture_on_commit_callbacks)
    client.force_login(trainer)
    response = client.get(cancel_url(session), follow=True)
    assert "already cancelled" in response.content.decode()


def test_session_editor_offers_cancelling_to_its_trainer(client, session, trainer, calendar_page):
    from live.authoring import ensure_live_authoring

    trainer.groups.add(ensure_live_authoring(calendar_page))
    client.force_login(trainer)
    assert cancel_url(session).removeprefix("/fi") in client.get(f"/admin/pages/{session.pk}/edit/").content.decode()


def test_calendar_marks_a_cancelled_session(client, session, trainer, django_capture_on_commit_callbacks):
    cancel(session, trainer, django_capture_on_commit_callbacks)
    html = client.get("/fi/live/").content.decode()
    assert session.title in html and "Cancelled" in html
