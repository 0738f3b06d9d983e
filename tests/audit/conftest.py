"""The audit tests reuse the scope world of the associations tests."""

from tests.associations.conftest import world  # noqa: F401  (fixture)
