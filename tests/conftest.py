"""Fixtures shared by every test: temporary media, the demo page tree, users."""

import pytest
from django.core.management import call_command

from tests.factories import DEFAULT_PASSWORD, UserFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files go to a per-test folder, never the developer's media/ or var/private/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo page tree once per test database.

    Every test runs in a transaction rolled back to this state. Transactional
    (browser) tests flush the database, but pytest-django runs them last and
    they seed what they need themselves.
    """
    from home import demo

    with django_db_blocker.unblock():
        demo.seed({})


@pytest.fixture
def site_pages(db):
    """The demo page tree: locales fi/sv/en/ar, a home page per language and
    the about, privacy and accessibility pages, as `seed_demo` makes them."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def demo_data(db):
    """Everything `seed_demo` creates, demo accounts included."""
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def password():
    return DEFAULT_PASSWORD


@pytest.fixture
def learner(db):
    return UserFactory(email="amal@example.org", first_name="Amal", last_name="Hassan")
