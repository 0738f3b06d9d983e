"""Browser tests: Playwright driving Debian's Chromium against `live_server`.

No browser is downloaded: Playwright launches /usr/bin/chromium (override
with CHROMIUM_PATH). Without it the browser tests skip with a message, except
under CI=true, where a missing browser fails the run.
"""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from django.test import TransactionTestCase

# Playwright runs an event loop in this thread; Django's ORM calls from the
# test body are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    browser_items = [item for item in items if Path(str(item.fspath)).is_relative_to(here)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if CHROMIUM.exists() or not browser_items:
        return
    if os.environ.get("CI", "").lower() == "true":
        raise pytest.UsageError(f"CI=true but Chromium is missing at {CHROMIUM}: install Debian's 'chromium' package.")
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)")
    for item in browser_items:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "fi-FI", "viewport": {"width": 1280, "height": 900}}


# Generous for a busy 2-core machine (the defaults are 30 s per action and
# 5 s per expect): tests wait on conditions with expect(), never on sleeps, so
# a longer ceiling costs nothing when the page is quick.
ACTION_TIMEOUT_MS = 30_000
NAVIGATION_TIMEOUT_MS = 60_000
EXPECT_TIMEOUT_MS = 15_000


@pytest.fixture(scope="session", autouse=True)
def _expect_timeout():
    from playwright.sync_api import expect

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)


@pytest.fixture
def context(context):
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    context.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
    return context


class _DemoSnapshot:
    """`seed_demo` once per worker, then a byte copy of the database restored
    before each browser test (SQLite's backup API: milliseconds instead of
    seconds). Uploaded files the seed wrote are kept and copied back too. On
    other databases every browser test seeds afresh.

    A browser test is transactional, so pytest-django flushes the database
    after it (DELETE from every table, then post_migrate recreates the content
    types and permissions: about a second on a busy machine). When the next
    test on this worker is a browser test too, that flushed state is never
    seen: the restore overwrites the whole database first. So the flush is
    left out then (`skip_flush_before`); before any other test, or the last
    browser test of the worker, it runs as always."""

    def __init__(self):
        self.database = None
        self.media: Path | None = None
        self.next_item: pytest.Item | None = None
        self.skip_next_flush = False

    def skip_flush_before(self, next_item: pytest.Item | None) -> None:
        """Leave out the coming flush if `next_item` restores the snapshot anyway."""
        self.skip_next_flush = (
            self.database is not None and next_item is not None and "site" in getattr(next_item, "fixturenames", ())
        )

    def restore_or_seed(self, settings, tmp_path_factory):
        from django.contrib.contenttypes.models import ContentType
        from django.core.cache import cache
        from django.core.management import call_command
        from django.db import connection

        connection.ensure_connection()
        if connection.vendor != "sqlite":
            call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
            return
        if self.database is None:
            call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
            self.database = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.database)
            self.media = tmp_path_factory.mktemp("browser-demo-media")
            for name in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT"):
                if Path(getattr(settings, name)).exists():
                    shutil.copytree(getattr(settings, name), self.media / name)
            return
        self.database.backup(connection.connection)
        for name in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT"):
            if (self.media / name).exists():
                shutil.copytree(self.media / name, getattr(settings, name), dirs_exist_ok=True)
        # Ids in the restored copy differ from what this process may have cached.
        ContentType.objects.clear_cache()
        cache.clear()


_demo_snapshot = _DemoSnapshot()


@pytest.fixture
def site(live_server, transactional_db, settings, tmp_path_factory):
    """The demo site (pages and accounts) served by `live_server`; returns its URL."""
    _demo_snapshot.restore_or_seed(settings, tmp_path_factory)
    yield live_server.url
    # Runs before pytest-django's flush (this fixture depends on transactional_db).
    _demo_snapshot.skip_flush_before(_demo_snapshot.next_item)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Tell `_DemoSnapshot` which test runs next on this worker (pytest and
    xdist both know it when a test starts)."""
    _demo_snapshot.next_item = nextitem
    try:
        return (yield)
    finally:
        _demo_snapshot.next_item = None


_flush_after_transactional_test = TransactionTestCase._fixture_teardown


def _fixture_teardown(self):
    if _demo_snapshot.skip_next_flush:
        _demo_snapshot.skip_next_flush = False
        return
    _flush_after_transactional_test(self)


TransactionTestCase._fixture_teardown = _fixture_teardown
