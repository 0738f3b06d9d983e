"""Live sessions for each test: a standalone session in the Finnish event
calendar, and a session that is a step of a course."""

import pytest

from tests.associations.conftest import world  # noqa: F401 (the scope world: regions, associations, roles)
from tests.courses.factories import build_course_tree
from tests.factories import UserFactory
from tests.live.factories import LiveSessionIndexPageFactory, LiveSessionPageFactory
from tests.shared_fixtures import interface_in_source_language  # noqa: F401 (autouse)


@pytest.fixture
def calendar_page(site_pages):
    return LiveSessionIndexPageFactory(parent=site_pages)


@pytest.fixture
def make_session(calendar_page):
    def make(parent=None, **kwargs):
        return LiveSessionPageFactory(parent=parent or calendar_page, **kwargs)

    return make


@pytest.fixture
def trainer(db, settings):
    from django.contrib.auth.models import Group

    # These tests are about sessions, not MFA enrolment.
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, "trainer@example.org"]
    user = UserFactory(email="trainer@example.org", first_name="Tuomas", last_name="Kouluttaja")
    user.groups.add(Group.objects.get_or_create(name="Trainers")[0])
    return user


@pytest.fixture
def session(make_session, trainer):
    page = make_session()
    page.trainers.add(trainer)
    page.save_revision().publish()
    return page


@pytest.fixture
def course_tree(site_pages):
    return build_course_tree(site_pages, modules=1, lessons=1)


@pytest.fixture
def step_session(course_tree, make_session, trainer):
    page = make_session(parent=course_tree.modules[0], title="Etätapaaminen")
    page.trainers.add(trainer)
    page.save_revision().publish()
    return page


@pytest.fixture
def other_learner(db):
    return UserFactory(email="bilal@example.org", first_name="Bilal", last_name="Omar")


@pytest.fixture
def scope(world, trainer, settings):  # noqa: F811 (uses the imported fixture)
    """The associations scope world, with the session trainer MFA-exempt too."""
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, trainer.email]
    return world
