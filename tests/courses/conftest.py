"""Course trees built for each test under the Finnish home page."""

import pytest
from django.core.cache import cache

from tests.courses.factories import build_course_tree


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached outlines and course pages must not leak between tests (page ids are reused after a rollback)."""
    cache.clear()
    yield
    cache.clear()


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


@pytest.fixture(autouse=True)
def _interface_in_source_language(monkeypatch):
    """Course tests assert behaviour through the interface's English source
    strings while the test pages live in the Finnish tree (/fi/...). Here the
    catalogues answer with the source text; the translations themselves are
    checked by tests/training/test_languages.py and the browser tests."""
    from django.utils.translation.trans_real import DjangoTranslation

    monkeypatch.setattr(DjangoTranslation, "gettext", lambda self, message: message)
    monkeypatch.setattr(DjangoTranslation, "ngettext", lambda self, s, p, n: s if n == 1 else p)
