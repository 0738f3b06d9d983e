"""Authoring sessions in the Wagtail admin: bad input gives field errors, not a 500."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from live.authoring import ensure_live_authoring
from live.models import LiveSessionPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(trainer, calendar_page):
    trainer.groups.add(ensure_live_authoring(calendar_page))
    return trainer


def form_data(**overrides):
    data = {
        "title": "Uusi etäkoulutus",
        "slug": "uusi-etakoulutus",
        "description": rich_text("<p>Kerrotaan uusien jäsenten vastaanotosta.</p>"),
        "starts_at": "2030-05-04 17:00",
        "ends_at": "2030-05-04 18:30",
        "registration_deadline": "",
        "capacity": "20",
        "platform": "jitsi",
        "join_url": "https://meet.jit.si/uusi",
        "recording_url": "",
        "language": "fi",
        "topic": "welcoming",
        "required": "on",
        "estimated_minutes": "60",
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data({**data, "materials": streamfield([])})


def add_url(calendar_page):
    return f"/admin/pages/add/live/livesessionpage/{calendar_page.pk}/"


def test_live_trainer_publishes_a_session_in_helsinki_time(client, author, calendar_page):
    client.force_login(author)
    response = client.post(add_url(calendar_page), form_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = LiveSessionPage.objects.get(slug="uusi-etakoulutus")
    assert page.live
    assert page.starts_at.isoformat() == "2030-05-04T14:00:00+00:00"  # 17:00 in Helsinki (summer time)


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"ends_at": "2030-05-04 16:00"}, "ends_at"),
        ({"capacity": "0"}, "capacity"),
        ({"capacity": "-3"}, "capacity"),
        ({"join_url": "javascript:alert(1)"}, "join_url"),
        ({"join_url": "http://meet.example.org/room"}, "join_url"),
        ({"registration_deadline": "2030-05-05 10:00"}, "registration_deadline"),
    ],
)
def test_bad_session_input_is_refused_with_a_field_error(client, author, calendar_page, overrides, field):
    client.force_login(author)
    response = client.post(add_url(calendar_page), form_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not LiveSessionPage.objects.filter(slug="uusi-etakoulutus").exists()


def test_trainers_group_alone_cannot_add_to_the_calendar(client, trainer, calendar_page):
    assert trainer.groups.filter(name="Trainers").exists()
    client.force_login(trainer)
    assert client.get(add_url(calendar_page)).status_code in (302, 403)


def test_live_trainers_group_is_idempotent(calendar_page):
    ensure_live_authoring(calendar_page)
    group = ensure_live_authoring(calendar_page)
    assert Group.objects.filter(name=group.name).count() == 1
    assert group.page_permissions.count() == 4


def test_the_add_form_renders_for_a_live_trainer(client, author, calendar_page):
    client.force_login(author)
    response = client.get(add_url(calendar_page))
    assert response.status_code == 200
    assert "join_url" in response.content.decode()


def test_session_editor_links_to_the_participants(client, author, session):
    client.force_login(author)
    html = client.get(f"/admin/pages/{session.pk}/edit/").content.decode()
    assert f"/live/trainer/sessions/{session.pk}/" in html


def test_explorer_links_to_the_participants(client, author, session, calendar_page):
    client.force_login(author)
    html = client.get(f"/admin/pages/{calendar_page.pk}/").content.decode()
    assert f"/live/trainer/sessions/{session.pk}/" in html
