"""The session page and the learner's actions on it."""

from datetime import timedelta

import pytest
import time_machine

from courses.models import StepCompletion
from live import services
from live.models import Attendance, Registration
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_standalone_session_page_is_public_with_one_h1(client, session):
    html = client.get(session.url).content.decode()
    assert html.count("<h1") == 1
    assert "Log in to register" in html
    assert session.join_url not in html


def test_calendar_lists_upcoming_sessions(client, session):
    html = client.get("/fi/live/").content.decode()
    assert session.title in html


def test_calendar_filters_by_language(client, make_session, session):
    english = make_session(title="Welcoming in English", language="en")
    html = client.get("/fi/live/?language=en").content.decode()
    assert english.title in html and session.title not in html


def test_calendar_ignores_unknown_filter_values(client, session):
    response = client.get("/fi/live/?language=xx&topic=<script>")
    assert response.status_code == 200 and session.title in response.content.decode()


def test_calendar_page_in_the_tree_serves_the_calendar(client, session, calendar_page):
    html = client.get(calendar_page.url).content.decode()
    assert session.title in html


def test_register_through_the_page(client, session, learner):
    client.force_login(learner)
    response = client.post(f"/fi/live/sessions/{session.pk}/register/", follow=True)
    assert "You are registered" in response.content.decode()
    assert Registration.objects.get(user=learner).is_registered


def test_registering_twice_through_the_page_says_so(client, session, learner):
    client.force_login(learner)
    client.post(f"/fi/live/sessions/{session.pk}/register/")
    response = client.post(f"/fi/live/sessions/{session.pk}/register/", follow=True)
    assert "You are already registered for this session." in response.content.decode()
    assert Registration.objects.count() == 1


def test_registering_after_the_deadline_shows_a_message(client, session, learner):
    client.force_login(learner)
    with time_machine.travel(session.starts_at + timedelta(minutes=5)):
        response = client.post(f"/fi/live/sessions/{session.pk}/register/", follow=True)
    assert response.status_code == 200
    assert "Registration closed" in response.content.decode()
    assert not Registration.objects.exists()


def test_register_requires_post(client, session, learner):
    client.force_login(learner)
    assert client.get(f"/fi/live/sessions/{session.pk}/register/").status_code == 405


def test_cancelling_someone_elses_registration_is_404(client, session, learner, other_learner):
    registration = services.register(other_learner, session).registration
    client.force_login(learner)
    assert client.post(f"/fi/live/registrations/{registration.pk}/cancel/").status_code == 404
    registration.refresh_from_db()
    assert registration.is_registered


def test_cancel_own_registration(client, session, learner):
    registration = services.register(learner, session).registration
    client.force_login(learner)
    response = client.post(f"/fi/live/registrations/{registration.pk}/cancel/", follow=True)
    assert "Your registration is cancelled." in response.content.decode()


def test_join_link_shown_to_registered_shortly_before_start(client, session, learner):
    services.register(learner, session)
    client.force_login(learner)
    with time_machine.travel(session.starts_at - timedelta(minutes=30)):
        assert session.join_url not in client.get(session.url).content.decode()
    with time_machine.travel(session.starts_at - timedelta(minutes=5)):
        assert session.join_url in client.get(session.url).content.decode()


def test_join_link_hidden_from_people_not_registered(client, session, learner):
    client.force_login(learner)
    with time_machine.travel(session.starts_at):
        assert session.join_url not in client.get(session.url).content.decode()


def test_step_session_page_shows_the_course_outline(client, step_session, course_tree, learner):
    client.force_login(learner)
    html = client.get(step_session.url).content.decode()
    assert "Course outline" in html and html.count("<h1") == 1
    assert course_tree.lessons[0].title in html


def test_check_in_with_the_code_completes_the_step(client, step_session, learner):
    services.register(learner, step_session)
    client.force_login(learner)
    with time_machine.travel(step_session.starts_at + timedelta(minutes=10)):
        response = client.post(f"/fi/live/sessions/{step_session.pk}/check-in/", {"code": "koht 42"}, follow=True)
    assert "This step of the course is now completed." in response.content.decode()
    assert StepCompletion.objects.filter(user=learner, step_key=step_session.translation_key).exists()


def test_wrong_code_is_refused_with_a_message(client, session, learner):
    services.register(learner, session)
    client.force_login(learner)
    with time_machine.travel(session.starts_at + timedelta(minutes=10)):
        response = client.post(f"/fi/live/sessions/{session.pk}/check-in/", {"code": "WRONG1"}, follow=True)
    assert "That is not the code of this session." in response.content.decode()
    assert not Attendance.objects.exists()


def test_empty_code_is_refused_with_a_message(client, session, learner):
    services.register(learner, session)
    client.force_login(learner)
    with time_machine.travel(session.starts_at + timedelta(minutes=10)):
        response = client.post(f"/fi/live/sessions/{session.pk}/check-in/", {"code": ""}, follow=True)
    assert "Type the session code" in response.content.decode()


def test_expired_code_after_the_session_is_refused(client, session, learner):
    services.register(learner, session)
    client.force_login(learner)
    with time_machine.travel(session.ends_at + timedelta(hours=1)):
        response = client.post(f"/fi/live/sessions/{session.pk}/check-in/", {"code": "KOHT42"}, follow=True)
    assert "The check-in code has expired" in response.content.decode()
    assert not Attendance.objects.exists()


def test_replaced_code_no_longer_works(client, session, learner, trainer):
    services.register(learner, session)
    services.new_check_in_code(trainer, session)
    with (
        time_machine.travel(session.starts_at + timedelta(minutes=10)),
        pytest.raises(services.LiveError, match="not the code"),
    ):
        services.check_in(learner, session, "KOHT42")


def test_check_in_before_the_window_is_refused(client, session, learner):
    services.register(learner, session)
    client.force_login(learner)
    with time_machine.travel(session.starts_at - timedelta(hours=2)):
        response = client.post(f"/fi/live/sessions/{session.pk}/check-in/", {"code": "KOHT42"}, follow=True)
    assert "Check-in opens at" in response.content.decode()


def test_check_in_requires_a_registration(session, learner):
    with (
        time_machine.travel(session.starts_at + timedelta(minutes=10)),
        pytest.raises(services.LiveError, match="Only registered participants"),
    ):
        services.check_in(learner, session, "KOHT42")


def test_checking_in_twice_keeps_one_attendance(session, learner):
    services.register(learner, session)
    with time_machine.travel(session.starts_at + timedelta(minutes=10)):
        services.check_in(learner, session, "KOHT42")
        services.check_in(learner, session, "KOHT42")
    assert Attendance.objects.filter(user=learner).count() == 1


def test_unknown_session_actions_are_404(client, learner):
    client.force_login(learner)
    assert client.post("/fi/live/sessions/999999/register/").status_code == 404
    assert client.get("/fi/live/sessions/999999/calendar.ics").status_code == 404


def test_someone_elses_session_page_shows_no_registration_of_theirs(client, session, learner):
    services.register(UserFactory(), session)
    client.force_login(learner)
    assert "You are registered" not in client.get(session.url).content.decode()


def test_calendar_filters_by_topic(client, make_session, session):
    digital = make_session(title="Digitaaliset välineet livenä", topic="digital")
    html = client.get("/fi/live/?topic=digital").content.decode()
    assert digital.title in html and session.title not in html


def test_calendar_hides_ended_sessions(client, session):
    with time_machine.travel(session.ends_at + timedelta(minutes=1)):
        assert session.title not in client.get("/fi/live/").content.decode()


def test_my_sessions_lists_registrations_and_the_feed(client, session, learner):
    services.register(learner, session)
    client.force_login(learner)
    html = client.get("/fi/live/mine/").content.decode()
    assert session.title in html and services.feed_of(learner).token in html


def test_my_sessions_requires_login(client):
    assert client.get("/fi/live/mine/").status_code == 302


def test_waitlisted_page_shows_the_position(client, session, learner):
    services.register(UserFactory(), session)
    services.register(UserFactory(), session)
    services.register(learner, session)
    client.force_login(learner)
    assert "You are on the waiting list (number 1)" in client.get(session.url).content.decode()


def test_no_cancel_button_once_the_session_has_started(client, session, learner):
    registration = services.register(learner, session).registration
    client.force_login(learner)
    with time_machine.travel(session.starts_at + timedelta(minutes=1)):
        html = client.get(session.url).content.decode()
    assert f"/registrations/{registration.pk}/cancel/" not in html
