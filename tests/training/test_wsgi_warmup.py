"""The WSGI entry point builds every language's URL reverse table when a
server process starts, so no request pays for it, and then keeps what it
loaded out of the garbage collector's full collections."""

import importlib
from unittest import mock

from django.urls import clear_url_caches


def test_loading_the_wsgi_application_builds_the_reverse_tables():
    import training.wsgi

    clear_url_caches()
    # gc.freeze patched: frozen, this test process would never collect what it holds now.
    with mock.patch("training.url_warmup.populate_reverse_tables") as populate, mock.patch("gc.freeze"):
        importlib.reload(training.wsgi)
    populate.assert_called_once_with()


def test_loading_the_wsgi_application_freezes_what_start_up_loaded():
    import training.wsgi

    with mock.patch("training.url_warmup.populate_reverse_tables"), mock.patch("gc.freeze") as freeze:
        importlib.reload(training.wsgi)
    freeze.assert_called_once_with()
