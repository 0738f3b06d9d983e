"""The try-request tests' world (fixture `tryout_world`): the shared scope
world of tests/associations (two regions, three associations, one person of
every scope; re-exported by tests/activities/conftest.py) with one activity
per association, everyone reading the site in Finnish, and no minimum time
to fill in the request form."""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def tryout_world(world, settings):
    from tests.activities.test_tryouts.helpers import make_activity

    # Notices and mails to contacts go out in their language: a known one.
    get_user_model().objects.filter(pk__in=[p.pk for p in world.people.values()]).update(preferred_language="fi")
    for person in world.people.values():
        person.preferred_language = "fi"
    settings.TRYOUT_MIN_FILL_SECONDS = 0
    return SimpleNamespace(
        **vars(world),
        activity_a=make_activity(world.a, "Football for everyone"),
        activity_b=make_activity(world.b, "Cross-country skiing"),
        activity_c=make_activity(world.c, "4H club"),
    )
