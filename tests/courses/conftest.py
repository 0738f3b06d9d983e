"""Course trees built for each test under the Finnish home page."""

import pytest

from tests.courses.factories import build_course_tree
from tests.shared_fixtures import interface_in_source_language  # noqa: F401 (autouse)


@pytest.fixture
def home(site_pages):
    """The Finnish home page, root of the default site."""
    return site_pages


@pytest.fixture
def make_course_tree(home):
    """Build more course trees: make_course_tree(modules=3, lessons=20, slug="iso")."""

    def make(**kwargs):
        return build_course_tree(home, **kwargs)

    return make


@pytest.fixture
def course_tree(make_course_tree):
    """Catalogue → one course → 2 modules × 2 lessons, all live, in Finnish."""
    return make_course_tree(modules=2, lessons=2)
