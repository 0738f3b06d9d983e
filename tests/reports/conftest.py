"""The scope world of tests/associations (two regions, three associations, one
person of every scope) plus two live courses, for reports."""

from datetime import timedelta

import pytest
from django.utils import timezone

from associations.models import Association, Membership
from tests.associations.conftest import world  # noqa: F401 -- re-exported fixture
from tests.courses.factories import build_course_tree, record_progress
from tests.factories import UserFactory


@pytest.fixture
def courses(site_pages):
    """Two live Finnish courses: 1 module × 2 lessons and 1 module × 3 lessons."""
    return [
        build_course_tree(site_pages, modules=1, lessons=2, slug="tervetuloa", title="Tervetuloa"),
        build_course_tree(site_pages, modules=1, lessons=3, slug="kohtaaminen", title="Kohtaaminen"),
    ]


def complete(user, tree, lessons: int | None = None, at=None):
    """Record progress directly (fast): `lessons` steps of the tree done at `at`; all → course completed."""
    record_progress(user, tree, lessons=lessons, at=at)


@pytest.fixture
def make_members():
    """make_members(association, n, joined_days_ago=60) -> list of users, active members."""

    def make(association: Association, n: int, joined_days_ago: int = 60, prefix: str = "m"):
        joined = timezone.localdate() - timedelta(days=joined_days_ago)
        users = []
        for i in range(n):
            user = UserFactory(email=f"{prefix}{i}.{association.slug}@example.org")
            Membership.objects.create(user=user, association=association, joined_on=joined)
            users.append(user)
        return users

    return make
