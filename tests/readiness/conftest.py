"""A small readiness world: the associations scope world (two regions, three
associations, a person of every scope), a course and a default framework."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from associations.models import Membership, Role
from readiness.models import CriterionKind, Framework
from tests.associations.conftest import world  # noqa: F401  (the shared scope world)
from tests.courses.factories import CourseCompletionFactory, EnrolmentFactory, build_course_tree
from tests.factories import UserFactory
from tests.readiness.factories import CriterionFactory, FrameworkFactory


@pytest.fixture(autouse=True)
def _english():
    """Assertions read the English source strings (translations are checked centrally)."""
    with translation.override("en"):
        yield


@pytest.fixture
def course(site_pages):
    return build_course_tree(site_pages, modules=1, lessons=2, slug="inclusive", title="Inclusive sports club").course


@pytest.fixture
def framework(db, course):
    """ALL of: 3 members completed the course, 2 of them coaches; contacts; plan;
    self-assessment by 3; measures."""
    Framework.objects.all().delete()
    framework = FrameworkFactory(name="Test")
    rows = [
        (CriterionKind.COURSE_COMPLETED, {"threshold": 3, "course": course, "role": Role.COACH, "role_threshold": 2}),
        (CriterionKind.CONTACTS_NAMED, {}),
        (CriterionKind.PLAN_APPROVED, {}),
        (CriterionKind.SELF_ASSESSMENT, {"threshold": 3}),
        (CriterionKind.MEASURES_DESCRIBED, {}),
    ]
    for order, (kind, fields) in enumerate(rows):
        CriterionFactory(framework=framework, kind=kind, sort_order=order, **fields)
    return framework


@pytest.fixture
def team(world, framework):  # noqa: F811
    """Association A with three coaches and a board member besides the world's contact and learner."""
    people = {
        "xena": UserFactory(email="xena@example.org", first_name="Xena", last_name="Coach"),
        "yusuf": UserFactory(email="yusuf@example.org", first_name="Yusuf", last_name="Coach"),
        "zoe": UserFactory(email="zoe@example.org", first_name="Zoe", last_name="Coach"),
        "bo": UserFactory(email="bo@example.org", first_name="Bo", last_name="Board"),
    }
    for name in ("xena", "yusuf", "zoe"):
        Membership.objects.create(user=people[name], association=world.a, role=Role.COACH)
    Membership.objects.create(user=people["bo"], association=world.a, role=Role.BOARD_MEMBER)
    return SimpleNamespace(**people)


def complete(user, course):
    EnrolmentFactory(user=user, course=course)
    CourseCompletionFactory(user=user, course=course)


def enrol(user, course):
    EnrolmentFactory(user=user, course=course)
