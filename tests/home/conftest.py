"""The start-page tests use the scope world of tests/associations and the live fixtures."""

from tests.associations.conftest import world  # noqa: F401 (the scope world: regions, associations, roles)
from tests.shared_fixtures import interface_in_source_language  # noqa: F401 (autouse)
