"""The header's "Work" menu: each role sees links to the tools it may open, learners and visitors none."""

import pytest
from django.contrib.auth.models import Group

from courses.authoring import TRAINERS
from reports.navigation import work_links

pytestmark = pytest.mark.django_db


def names_for(rf, user):
    request = rf.get("/")
    request.user = user
    return [link.url_name for link in work_links(request)]


def test_learner_has_no_work_menu(rf, world):
    assert names_for(rf, world.learner_a) == []


def test_contact_gets_reports_and_readiness(rf, world):
    names = names_for(rf, world.contact_a)
    assert names[:2] == ["reports:index", "readiness:overview"]
    assert "quizzes:marking" not in names and "badges:award" not in names


def test_coordinator_gets_reports_readiness_and_quiz_analytics(rf, world):
    names = names_for(rf, world.coordinator)
    assert {"reports:index", "readiness:overview", "quizzes:index"} <= set(names)
    assert "quizzes:marking" not in names


def test_trainer_gets_analytics_marking_and_manual_badges(rf, world):
    world.outsider.groups.add(Group.objects.get_or_create(name=TRAINERS)[0])
    names = names_for(rf, world.outsider)
    assert {"reports:index", "quizzes:index", "quizzes:marking", "badges:award"} <= set(names)
    assert "readiness:overview" not in names


def test_every_work_link_opens_for_its_user(client, world):
    client.force_login(world.coordinator)
    request_links = client.get("/en/").wsgi_request
    for link in work_links(request_links):
        assert client.get(link.url).status_code == 200, link.url_name


def test_header_shows_the_work_menu_to_a_contact(client, world):
    client.force_login(world.contact_a)
    body = client.get("/en/associations/").content.decode()
    assert 'data-bs-toggle="dropdown"' in body
    assert "/en/reports/" in body


def test_header_has_no_work_menu_for_a_learner(client, world):
    client.force_login(world.learner_a)
    body = client.get("/en/associations/").content.decode()
    assert "/en/reports/" not in body


def test_contact_who_trains_nothing_has_no_trainings_link(rf, world):
    assert "live:my_trainings" not in names_for(rf, world.contact_a)


def test_coordinator_who_trains_nothing_has_no_trainings_link(rf, world):
    assert "live:my_trainings" not in names_for(rf, world.coordinator)


def test_contact_who_trains_a_session_gets_the_trainings_link(rf, world):
    from wagtail.models import Site

    from tests.live.factories import LiveSessionPageFactory

    root = Site.objects.get(is_default_site=True).root_page
    session = LiveSessionPageFactory(parent=root)
    session.trainers.add(world.contact_a)
    session.save()
    assert "live:my_trainings" in names_for(rf, world.contact_a)


def test_member_of_live_trainers_group_gets_the_trainings_link(rf, world):
    from live.authoring import LIVE_TRAINERS

    world.outsider.groups.add(Group.objects.get_or_create(name=LIVE_TRAINERS)[0])
    assert "live:my_trainings" in names_for(rf, world.outsider)


def test_header_of_a_contact_who_trains_nothing_has_no_trainings_link(client, world):
    client.force_login(world.contact_a)
    body = client.get("/en/associations/").content.decode()
    assert "/en/live/trainer/" not in body
