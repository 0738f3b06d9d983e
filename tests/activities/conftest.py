"""The shared scope world of tests/associations (two regions, three
associations, one person of every scope) for the activities tests; the
try-request tests build their activities on it (test_tryouts/conftest.py)."""

from tests.associations.conftest import world  # noqa: F401 (the shared scope world)
