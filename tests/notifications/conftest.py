"""A demo kind registered for these tests only (the real kinds belong to the apps that send them)."""

import pytest
from django.utils.translation import gettext_lazy as _

from notifications.registry import register_kind, unregister_kind
from tests.factories import UserFactory
from tests.shared_fixtures import interface_in_source_language  # noqa: F401

DEMO = "tests.demo"
DIGEST_DEMO = "tests.digest_demo"
INAPP_DEMO = "tests.inapp_demo"


@pytest.fixture(autouse=True)
def demo_kinds():
    register_kind(DEMO, label=_("Demo event"), title=_("%(name)s did something"), default="email")
    register_kind(DIGEST_DEMO, label=_("Digest demo"), title=_("%(name)s did it quietly"), default="digest")
    register_kind(INAPP_DEMO, label=_("In-app demo"), title=_("%(name)s waved"), default="inapp")
    yield
    for key in (DEMO, DIGEST_DEMO, INAPP_DEMO):
        unregister_kind(key)


@pytest.fixture
def recipient(db):
    return UserFactory(email="recipient@example.org", first_name="Aino", preferred_language="fi")


@pytest.fixture
def stranger(db):
    return UserFactory(email="stranger@example.org", preferred_language="en")
