"""Membership of "Readiness coordinators" follows from coordinator
assignments on every change (issue 17, defect 4)."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from associations.models import CoordinatorAssignment, Region
from readiness.permissions import READINESS_COORDINATORS, ensure_coordinator_group, sync_coordinator_group
from tests.factories import UserFactory


@pytest.fixture
def savo(world):
    return Region.objects.get(code="15")


def in_group(user) -> bool:
    return user.groups.filter(name=READINESS_COORDINATORS).exists()


def framework_edit(framework):
    return reverse("wagtailsnippets_readiness_framework:edit", args=[framework.pk])


def test_new_assignment_puts_the_coordinator_in_the_group(savo):
    person = UserFactory()
    CoordinatorAssignment.objects.create(user=person, region=savo)
    assert in_group(person)


def test_deleted_assignment_takes_the_group_and_the_framework_editor_away(client, world, framework):
    CoordinatorAssignment.objects.filter(user=world.coordinator).delete()
    assert not in_group(world.coordinator)
    client.force_login(world.coordinator)
    response = client.get(framework_edit(framework))
    assert response.status_code in (302, 403)


def test_coordinator_with_another_assignment_keeps_the_group(world, savo):
    CoordinatorAssignment.objects.create(user=world.coordinator, region=savo)
    CoordinatorAssignment.objects.get(user=world.coordinator, region=world.kainuu).delete()
    assert in_group(world.coordinator)


def test_assignment_moved_to_another_user_moves_the_group(world):
    assignment = CoordinatorAssignment.objects.get(user=world.coordinator)
    successor = UserFactory()
    assignment.user = successor
    assignment.save()
    assert in_group(successor)
    assert not in_group(world.coordinator)


def test_removing_a_coordinator_through_the_region_takes_the_group_away(world):
    world.kainuu.coordinators.remove(world.coordinator)
    assert not in_group(world.coordinator)


def test_clearing_a_regions_coordinators_takes_the_group_away(world):
    world.kainuu.coordinators.clear()
    assert not in_group(world.coordinator)


def test_adding_a_coordinator_through_the_region_gives_the_group(savo):
    person = UserFactory()
    savo.coordinators.add(person)
    assert in_group(person)


def test_deleting_a_region_takes_the_group_from_its_coordinators(db):
    region = Region.objects.create(code="99", name="Test region without municipalities")
    person = UserFactory()
    CoordinatorAssignment.objects.create(user=person, region=region)
    region.delete()
    assert not in_group(person)


def test_sync_removes_a_membership_with_no_assignment_behind_it_and_is_idempotent(world):
    stale = UserFactory()
    stale.groups.add(ensure_coordinator_group())
    assert sync_coordinator_group(stale) is False
    assert sync_coordinator_group(stale) is False
    assert not in_group(stale)
    assert sync_coordinator_group(world.coordinator) is True
    assert in_group(world.coordinator)


def test_command_fixes_memberships_left_behind_before_the_fix(world):
    stale = UserFactory()
    stale.groups.add(ensure_coordinator_group())
    world.coordinator.groups.clear()
    call_command("sync_readiness_coordinators", verbosity=0)
    assert not in_group(stale)
    assert in_group(world.coordinator)
