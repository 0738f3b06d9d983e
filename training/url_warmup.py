"""Build Django's URL reverse tables for every language when a process starts.

With `i18n_patterns`, Django's resolver keeps one reverse table per active
language and builds it on the first `reverse()` in that language in each
process: about 100 ms of CPU for this URLconf (the Wagtail admin's patterns
included). The language switcher reverses the current URL in every language it
offers, ten on the hobby offering's pages, so the first such page a worker
served cost about 600 ms more than the next ones (bench/learners.py's p90 of
the offering row). Building the tables at start-up moves that cost out of the
request path; with gunicorn's --preload the workers share them.
"""

from django.conf import settings
from django.urls import get_resolver
from django.utils import translation


def language_codes() -> list[str]:
    """Every language a URL may be reversed in: the site's and the offering's."""
    codes = [code for code, _name in settings.LANGUAGES]
    return list(dict.fromkeys([settings.LANGUAGE_CODE, *codes]))


def populate_reverse_tables() -> list[str]:
    """Build the resolver's reverse table for each language; returns the codes."""
    resolver = get_resolver()
    codes = language_codes()
    for code in codes:
        with translation.override(code):
            resolver.reverse_dict  # noqa: B018 (the property builds the table for the active language)
    return codes
