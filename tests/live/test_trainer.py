"""The trainer's pages: participants by association, attendance, CSV export, scope."""

import csv
import io
from datetime import timedelta

import pytest
import time_machine

from courses.models import StepCompletion
from live import services
from live.export import safe_cell
from live.models import Attendance
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def participants_url(session):
    return f"/fi/live/trainer/sessions/{session.pk}/"


def export_url(session):
    return f"/fi/live/trainer/sessions/{session.pk}/participants.csv"


def rows_of(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_my_trainings_lists_the_trainers_upcoming_session(client, session, trainer):
    client.force_login(trainer)
    html = client.get("/fi/live/trainer/").content.decode()
    assert session.title in html and html.count("<h1") == 1


def test_my_trainings_is_404_for_a_plain_learner(client, session, learner):
    client.force_login(learner)
    assert client.get("/fi/live/trainer/").status_code == 404


def test_participants_grouped_by_association(client, session, trainer, scope):
    services.register(scope.learner_a, session)
    services.register(scope.learner_b, session)
    client.force_login(trainer)
    html = client.get(participants_url(session)).content.decode()
    assert "Palloseura" in html and "Hiihtäjät" in html
    assert html.index("Hiihtäjät") < html.index("Palloseura")  # sorted by name


def test_trainer_marks_attendance_and_completes_the_step(client, step_session, trainer, learner):
    services.register(learner, step_session)
    client.force_login(trainer)
    response = client.post(participants_url(step_session), {"attended": [learner.pk]}, follow=True)
    assert "Attendance saved: 1 marked present, 0 unmarked." in response.content.decode()
    attendance = Attendance.objects.get(user=learner)
    assert attendance.method == "trainer" and attendance.marked_by == trainer
    assert StepCompletion.objects.filter(user=learner, step_key=step_session.translation_key).exists()


def test_unticking_removes_the_attendance(client, session, trainer, learner):
    services.register(learner, session)
    services.mark_attendance(trainer, session, {learner.pk})
    client.force_login(trainer)
    client.post(participants_url(session), {})
    assert not Attendance.objects.exists()


def test_attendance_only_for_registered_people(client, session, trainer, learner, other_learner):
    services.register(learner, session)
    client.force_login(trainer)
    response = client.post(participants_url(session), {"attended": [other_learner.pk]})
    assert response.status_code == 200
    assert "Attendance was not saved" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_learner_cannot_open_the_participant_list(client, session, learner):
    client.force_login(learner)
    assert client.get(participants_url(session)).status_code == 404
    assert client.get(export_url(session)).status_code == 404


def test_another_trainer_cannot_open_the_participant_list(client, session, settings):
    from django.contrib.auth.models import Group

    other = UserFactory(email="other-trainer@example.org")
    other.groups.add(Group.objects.get(name="Trainers"))
    settings.MFA_EXEMPT_EMAILS = [other.email]
    client.force_login(other)
    assert client.get(participants_url(session)).status_code == 404


def test_coordinator_sees_only_their_regions_members(client, session, scope):
    outsider = UserFactory(email="nobody@example.org")
    for person in (scope.learner_a, outsider):
        services.register(person, session)
    client.force_login(scope.coordinator_savo)
    rows = rows_of(client.get(export_url(session)))
    assert len(rows) == 1  # the header: Savo has no participants
    client.force_login(scope.coordinator)
    emails = [row[2] for row in rows_of(client.get(export_url(session)))[1:]]
    assert emails == ["learner_a@example.org"]


def test_coordinator_cannot_mark_attendance(client, session, scope):
    services.register(scope.learner_a, session)
    client.force_login(scope.coordinator)
    assert client.post(participants_url(session), {"attended": [scope.learner_a.pk]}).status_code == 404
    assert not Attendance.objects.exists()


def test_trainer_export_lists_everyone_with_status(client, session, trainer, scope):
    services.register(scope.learner_a, session)
    services.register(scope.learner_b, session)
    services.register(scope.outsider, session)
    client.force_login(trainer)
    response = client.get(export_url(session))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = rows_of(response)
    assert rows[0][:3] == ["First name", "Last name", "E-mail"]
    assert {row[2]: row[4] for row in rows[1:]} == {
        "learner_a@example.org": "Registered",
        "learner_b@example.org": "Registered",
        "outsider@example.org": "On the waiting list",
    }


def test_export_neutralises_formula_cells(client, session, trainer):
    person = UserFactory(email="evil@example.org", first_name='=HYPERLINK("x")', last_name="+1")
    services.register(person, session)
    client.force_login(trainer)
    row = rows_of(client.get(export_url(session)))[1]
    assert row[0] == '\'=HYPERLINK("x")' and row[1] == "'+1"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_safe_cell_prefixes_formula_starts(value):
    assert safe_cell(value) == "'" + value


def test_trainer_sees_the_check_in_code_and_can_replace_it(client, session, trainer):
    client.force_login(trainer)
    assert "KOHT42" in client.get(participants_url(session)).content.decode()
    client.post(f"/fi/live/trainer/sessions/{session.pk}/new-code/")
    assert services.code_of(session) != "KOHT42"


def test_trainer_sees_the_join_link_during_the_session(session, trainer):
    with time_machine.travel(session.starts_at):
        assert services.join_link_for(trainer, session) == session.join_url


def test_learner_cannot_replace_the_code(client, session, learner):
    client.force_login(learner)
    assert client.post(f"/fi/live/trainer/sessions/{session.pk}/new-code/").status_code == 404


def test_mark_attendance_service_refuses_non_trainers(session, learner):
    services.register(learner, session)
    with pytest.raises(services.LiveError):
        services.mark_attendance(learner, session, {learner.pk})


def test_recent_session_stays_on_the_trainers_page(client, session, trainer):
    client.force_login(trainer)
    with time_machine.travel(session.ends_at + timedelta(days=2)):
        html = client.get("/fi/live/trainer/").content.decode()
    assert session.title in html


def test_trainer_of_a_session_in_no_group_is_sent_to_mfa_setup(client, site_pages, settings):
    """Being listed as a session's trainer shows its participants, so it needs MFA like any group that does."""
    from django.urls import reverse

    from tests.factories import UserFactory
    from tests.live.factories import LiveSessionIndexPageFactory, LiveSessionPageFactory

    settings.MFA_EXEMPT_EMAILS = []
    calendar = LiveSessionIndexPageFactory(parent=site_pages)
    session = LiveSessionPageFactory(parent=calendar)
    guest_trainer = UserFactory(email="guest-trainer@example.org")
    session.trainers.add(guest_trainer)
    session.save_revision().publish()
    client.force_login(guest_trainer)
    response = client.get(reverse("live:export", args=[session.pk]))
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")
