"""Autouse fixtures that test packages share. `empty_cache` applies to every
test (tests/conftest.py imports it). A package opts in to the others by
importing them into its conftest.py (pytest then applies them to every test
in that package):

    from tests.shared_fixtures import interface_in_source_language  # noqa: F401
"""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached outlines, pages, menus (per user id), figures, rate limits and used
    TOTP codes must not leak between tests: ids are reused after a rollback."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def interface_in_source_language(monkeypatch):
    """Tests assert behaviour through the interface's English source strings
    while the test pages live in the Finnish tree (/fi/...): the catalogues
    answer with the source text. The translations themselves are checked by
    tests/training/test_languages.py and the browser tests."""
    from django.utils.translation.trans_real import DjangoTranslation

    monkeypatch.setattr(DjangoTranslation, "gettext", lambda self, message: message)
    monkeypatch.setattr(DjangoTranslation, "ngettext", lambda self, s, p, n: s if n == 1 else p)
