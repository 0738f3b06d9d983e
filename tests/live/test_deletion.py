"""Deleting a session page never silently erases attendance history."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db.models import ProtectedError

from live import services
from live.models import Attendance, AttendanceMethod, LiveSessionPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db, settings):
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, "admin@example.org"]
    return UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)


def attend(session, user):
    services.register(user, session, notify=False)
    services.record_attendance(user, session, method=AttendanceMethod.TRAINER)


def delete_url(page):
    return f"/admin/pages/{page.pk}/delete/"


def test_admin_refuses_to_delete_a_session_with_attendance(client, admin, session, learner):
    attend(session, learner)
    client.force_login(admin)
    response = client.post(delete_url(session))
    assert response.status_code == 302
    assert LiveSessionPage.objects.filter(pk=session.pk).exists()
    assert Attendance.objects.filter(session=session).count() == 1
    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    assert "cannot be deleted: 1 person attended it" in message


def test_the_delete_confirmation_is_refused_too(client, admin, session, learner):
    attend(session, learner)
    client.force_login(admin)
    response = client.get(delete_url(session))
    assert response.status_code == 302


def test_admin_refuses_to_delete_a_module_above_an_attended_session(client, admin, step_session, learner):
    attend(step_session, learner)
    module = step_session.get_parent()
    client.force_login(admin)
    client.post(delete_url(module))
    assert LiveSessionPage.objects.filter(pk=step_session.pk).exists()


def test_a_session_without_attendance_can_be_deleted(client, admin, session, learner):
    services.register(learner, session, notify=False)
    client.force_login(admin)
    response = client.post(delete_url(session))
    assert response.status_code == 302
    assert not LiveSessionPage.objects.filter(pk=session.pk).exists()


def test_the_database_protects_attendance_outside_the_admin(session, learner):
    attend(session, learner)
    with pytest.raises(ProtectedError):
        LiveSessionPage.objects.get(pk=session.pk).delete()


def test_bulk_delete_is_refused_for_a_session_with_attendance(client, admin, session, learner, calendar_page):
    attend(session, learner)
    client.force_login(admin)
    url = f"/admin/bulk/wagtailcore/page/delete/?id={session.pk}&next=/admin/pages/{calendar_page.pk}/"
    response = client.post(url, {"type_to_confirm_deletion": session.title})
    assert response.status_code == 302
    assert LiveSessionPage.objects.filter(pk=session.pk).exists()


def test_live_trainers_see_the_message_not_an_error(client, trainer, session, learner, calendar_page):
    from live.authoring import ensure_live_authoring

    trainer.groups.add(ensure_live_authoring(calendar_page))
    assert Group.objects.filter(name="Trainers").exists()
    attend(session, learner)
    client.force_login(trainer)
    response = client.post(delete_url(session), follow=True)
    assert response.status_code == 200
    assert "cannot be deleted" in response.content.decode()


def test_bulk_delete_still_deletes_a_session_without_attendance(client, admin, session, calendar_page):
    client.force_login(admin)
    url = f"/admin/bulk/wagtailcore/page/delete/?id={session.pk}&next=/admin/pages/{calendar_page.pk}/"
    client.post(url, {"type_to_confirm_deletion": session.title})
    assert not LiveSessionPage.objects.filter(pk=session.pk).exists()
