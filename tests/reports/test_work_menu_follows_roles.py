"""The Work menu is cached per person, yet a role given or taken shows on
their very next page: a new group, membership or coordinator assignment, a
staff flag, and a live session they were made trainer of (a publish)."""

import pytest
from django.contrib.auth.models import Group

from associations.models import CoordinatorAssignment, Membership, Role
from courses.authoring import TRAINERS
from reports.navigation import work_links
from training import request_memo

pytestmark = pytest.mark.django_db


def names_for(rf, user):
    request = rf.get("/")
    request.user = user
    request_memo.begin()  # a new request: the versions are read again
    return [link.url_name for link in work_links(request)]


def test_joining_the_trainers_group_adds_the_trainer_links_at_once(rf, world):
    assert "quizzes:marking" not in names_for(rf, world.outsider)
    world.outsider.groups.add(Group.objects.get_or_create(name=TRAINERS)[0])
    assert "quizzes:marking" in names_for(rf, world.outsider)


def test_a_group_gaining_the_person_from_its_side_adds_the_links_at_once(rf, world):
    names_for(rf, world.outsider)
    Group.objects.get_or_create(name=TRAINERS)[0].user_set.add(world.outsider)
    assert "quizzes:marking" in names_for(rf, world.outsider)


def test_emptying_the_group_takes_the_links_away_at_once(rf, world):
    trainers = Group.objects.get_or_create(name=TRAINERS)[0]
    world.outsider.groups.add(trainers)
    assert "quizzes:marking" in names_for(rf, world.outsider)
    trainers.user_set.clear()
    assert "quizzes:marking" not in names_for(rf, world.outsider)


def test_becoming_a_contact_adds_reports_at_once(rf, world):
    assert names_for(rf, world.learner_a) == []
    Membership.objects.filter(user=world.learner_a).update(role=Role.CONTACT)  # around the ORM: cached still
    assert names_for(rf, world.learner_a) == []
    membership = Membership.objects.filter(user=world.learner_a).first()
    membership.save()
    assert "reports:index" in names_for(rf, world.learner_a)


def test_a_coordinator_assignment_taken_away_removes_the_links_at_once(rf, world):
    assert "reports:index" in names_for(rf, world.coordinator)
    CoordinatorAssignment.objects.filter(user=world.coordinator).delete()
    assert "quizzes:index" not in names_for(rf, world.coordinator)


def test_a_staff_flag_shows_at_once(rf, world):
    assert "badges:award" not in names_for(rf, world.outsider)
    world.outsider.is_staff = True
    world.outsider.save()
    assert "badges:award" in names_for(rf, world.outsider)


def test_a_publish_renews_the_menu(rf, world, monkeypatch):
    from courses import caching
    from reports import navigation

    names_for(rf, world.outsider)
    worked_out = []
    original = navigation._url_names_for
    monkeypatch.setattr(navigation, "_url_names_for", lambda user: worked_out.append(user) or original(user))
    names_for(rf, world.outsider)
    assert worked_out == []
    caching.bump_content_version()  # the trainers of a live session are set on its page, then published
    names_for(rf, world.outsider)
    assert worked_out == [world.outsider]


def test_a_warm_menu_makes_no_query(rf, world, django_assert_num_queries):
    names_for(rf, world.contact_a)
    request = rf.get("/")
    request.user = world.contact_a
    request_memo.begin()
    with django_assert_num_queries(0):
        work_links(request)
