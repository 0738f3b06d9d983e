"""After the start-up warm-up, reversing a URL in any of the offering's
languages builds no reverse table during a request (the first offering page
of a process used to build one per language in its language switcher)."""

from unittest import mock

from django.conf import settings
from django.urls import clear_url_caches, get_resolver, translate_url
from django.urls.resolvers import URLResolver

from training.url_warmup import populate_reverse_tables


def test_warmup_covers_every_site_and_offering_language():
    assert set(populate_reverse_tables()) == {code for code, _name in settings.LANGUAGES}


def test_after_the_warmup_no_language_builds_the_whole_reverse_table_again():
    clear_url_caches()
    populate_reverse_tables()
    built = []
    original = URLResolver._populate

    def record(resolver):
        built.append(resolver)
        return original(resolver)

    with mock.patch.object(URLResolver, "_populate", record):
        urls = {code: translate_url("/fi/activities/", code) for code, _name in settings.LANGUAGES}
    # A namespace's own small table may still be built (a few ms); the whole URLconf's is not.
    assert get_resolver() not in built
    assert urls["ar"] == "/ar/activities/"
    assert urls["prs"] == "/prs/activities/"
