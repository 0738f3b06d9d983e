"""The audit tests reuse the worlds of the apps whose actions they audit: the
associations scope world, the readiness team and framework, the badge fixtures
(with their per-test signing key)."""

from tests.associations.conftest import world  # noqa: F401
from tests.badges.conftest import _badge_settings, manual_badge, person, staff  # noqa: F401
from tests.live.conftest import calendar_page, make_session, session, trainer  # noqa: F401
from tests.readiness.conftest import _english, course, framework, team  # noqa: F401
