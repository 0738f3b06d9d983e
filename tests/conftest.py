"""Fixtures shared by every test: temporary media, an empty cache, the demo
page tree, the seeded demo, users; and the ordering that keeps them cheap.

Cost model (see README "Tests"): building the test database and the demo page
tree costs seconds once per worker; `seed_demo` costs seconds per call, so the
tests that need the full demo (`demo_data`, marked `slow`) share one seeded
state per worker and run together (one xdist group); everything else rolls
back to the page tree.
"""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.shared_fixtures import empty_cache  # noqa: F401 (autouse for every test: ids are reused after rollback)

DEMO_GROUP = "demo"


def _is_transactional(item: pytest.Item) -> bool:
    fixtures = getattr(item, "fixturenames", ())
    marker = item.get_closest_marker("django_db")
    flagged = bool(marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")))
    return flagged or "transactional_db" in fixtures or "live_server" in fixtures


def _uses_demo(item: pytest.Item) -> bool:
    return "demo_data" in getattr(item, "fixturenames", ()) and not _is_transactional(item)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark the demo tests `slow` and put them in one xdist group (this runs
    before xdist's own hook reads the groups), so one worker seeds once for all."""
    for item in items:
        if _uses_demo(item):
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.xdist_group(DEMO_GROUP))


class _DemoTestsTogether:
    """Runs the demo tests back to back, after the other rolled-back tests and
    before the transactional ones, so a serial run seeds once too. trylast:
    after pytest-django has put the transactional tests last."""

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items):
        demo = [item for item in items if _uses_demo(item)]
        if not demo:
            return
        rest = [item for item in items if not _uses_demo(item)]
        first_transactional = next((i for i, item in enumerate(rest) if _is_transactional(item)), len(rest))
        items[:] = rest[:first_transactional] + demo + rest[first_transactional:]


def pytest_configure(config):
    config.pluginmanager.register(_DemoTestsTogether(), "kohtaamo-demo-tests-together")


@pytest.fixture(autouse=True)
def _media_root(request, settings, tmp_path, tmp_path_factory):
    """Uploaded files go to a per-test folder, never the developer's media/ or var/private/.

    Tests on the shared seeded demo use the folder the demo's files were written to."""
    root = _seeded_demo.media(tmp_path_factory) if _uses_demo(request.node) else tmp_path
    settings.MEDIA_ROOT = root / "media"
    settings.PRIVATE_MEDIA_ROOT = root / "private"


@pytest.fixture(autouse=True)
def _no_local_copies():
    """Values this process keeps under the content version and the request
    memo (training/local_copies.py, training/request_memo.py) go with the cache."""
    from training import content_version, request_memo

    content_version.forget_local_copies()
    request_memo.end()
    yield
    content_version.forget_local_copies()
    request_memo.end()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language (fi). A request through the
    test client activates its language in this thread and nothing resets it,
    so without this a test would see the language of whichever test ran
    before it on the same worker."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo page tree once per test database (once per xdist worker).

    Every test runs in a transaction rolled back to this state. Transactional
    (browser) tests flush the database, but pytest-django runs them last and
    they seed what they need themselves.
    """
    from home import demo

    with django_db_blocker.unblock():
        demo.seed({})
    yield
    with django_db_blocker.unblock():
        _seeded_demo.release()


@pytest.fixture
def reseeded_site_tree(transactional_db):
    """The demo page tree again, for a transactional test: the transactional
    tests before it on the worker flushed the database (name it before any
    fixture that needs the site tree)."""
    from home import demo

    demo.seed({})


class _SeededDemo:
    """`seed_demo` run once inside an outer transaction that the demo tests'
    own savepoints roll back to; rolled back itself before any other test."""

    def __init__(self):
        self.atomic = None
        self.media_root: Path | None = None

    def media(self, tmp_path_factory) -> Path:
        if self.media_root is None:
            self.media_root = tmp_path_factory.mktemp("seeded-demo")
        return self.media_root

    def ensure(self, tmp_path_factory):
        if self.atomic is not None:
            return
        from django.test import override_settings

        self.media(tmp_path_factory)
        self.atomic = transaction.atomic()
        self.atomic._from_testcase = True  # durable atomics inside stay allowed, as in a TestCase
        self.atomic.__enter__()
        try:
            with override_settings(
                MEDIA_ROOT=self.media_root / "media", PRIVATE_MEDIA_ROOT=self.media_root / "private"
            ):
                call_command("seed_demo", stdout=io.StringIO())
        except BaseException:
            self.release()
            raise

    def release(self):
        if self.atomic is None:
            return
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)
        self.atomic = None


_seeded_demo = _SeededDemo()


@pytest.fixture
def _demo_state(request, django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        if _uses_demo(request.node):
            _seeded_demo.ensure(tmp_path_factory)
        else:
            _seeded_demo.release()


@pytest.fixture
def _django_db_helper(_demo_state, _django_db_helper):
    """pytest-django's per-test transaction (or flush), entered only after the
    shared seeded demo is entered (tests using `demo_data`) or rolled back (any
    other database test), so no other test ever sees it."""
    return _django_db_helper


@pytest.fixture
def site_pages(db):
    """The demo page tree: locales fi/sv/en/ar, a home page per language and
    the about, privacy and accessibility pages, as `seed_demo` makes them."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def demo_data(db):
    """Everything `seed_demo` creates, demo accounts included: seeded once per
    worker and shared by every test that asks for it (each in its own savepoint)."""


@pytest.fixture
def password():
    return DEFAULT_PASSWORD


@pytest.fixture
def learner(db):
    return UserFactory(email="amal@example.org", first_name="Amal", last_name="Hassan")
