"""The WSGI entry point builds every language's URL reverse table when a
server process starts, so no request pays for it."""

import importlib
from unittest import mock

from django.urls import clear_url_caches


def test_loading_the_wsgi_application_builds_the_reverse_tables():
    import training.wsgi

    clear_url_caches()
    with mock.patch("training.url_warmup.populate_reverse_tables") as populate:
        importlib.reload(training.wsgi)
    populate.assert_called_once_with()
