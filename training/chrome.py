"""The site chrome (header and footer) rendered once for everyone who sees the
same one, with holes for what is a person's own.

`{% chrome "header" %}…{% endchrome %}` (training/templatetags/chrome.py)
renders its content once per *shared inputs* and keeps the HTML under the
content version (`content_version.remembered`: a key read before rendering,
renewed by every publish, unpublish, move, view-restriction and Site change).
Inside it, `{% chrome_hole "name" %}…{% endchrome_hole %}` marks a part that
is rendered for every request, in the request's own context (so it is
escaped exactly as before): the person's name, the notification bell, the
CSRF token of the logout form. The stored copy holds a token in its place.

The shared inputs (`shared_inputs`) are everything the chrome shows outside
its holes: the template block's name, the host, the script prefix, the
language, the path (aria-current on the menus; the language switcher's links
for views that are not Wagtail pages, which also keep the query: such a
request with a query string is not stored), the page the view
shows (aria-current on the menu; the switcher's translation links), signed in
or not, the switcher's list of languages (the offering's ten or the site's
four) and, for a signed-in person, the names of their Work menu links (their
roles). Two people with the same inputs see the same HTML outside the holes.

Never stored: previews (the page may come from the editor's unsaved form)
and renders without a request; those render as before.
"""

from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.urls import get_script_prefix
from django.utils.translation import get_language
from wagtail.models import Page

from training import content_version
from training.i18n.languages import language_codes_for

# Bump when a chrome template changes in a way old copies must not survive
# (a deployment otherwise serves them until the next content version or TIMEOUT).
FORMAT = 1

_PREFIX = "chrome-" + hashlib.sha256(f"{settings.SECRET_KEY}:training-chrome".encode()).hexdigest()[:24]
_HOLE = re.compile(re.escape(_PREFIX) + r":([a-z0-9-]+):")


def hole_token(name: str) -> str:
    """What a hole is in a stored copy."""
    return f"{_PREFIX}:{name}:"


def shared_inputs(context, name: str, extra=(), *, same_on_every_page: bool = False) -> list[str] | None:
    """What the chrome named `name` shows outside its holes, or None when it
    must not be stored (a preview, no request, an error page). `extra` are inputs the block
    declares (e.g. the Work menu's link names). A chrome that is
    `same_on_every_page` (the footer: no aria-current, no switcher, nothing
    of the visitor's) depends only on the site and the language."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return None
    if getattr(request, "chrome_not_stored", False):  # an error page (training/views.py)
        return None
    inputs = [str(FORMAT), name, request.get_host(), get_script_prefix(), get_language() or "", *extra]
    if same_on_every_page:
        return inputs
    page = context.get("page")
    if request.META.get("QUERY_STRING") and not isinstance(page, Page):
        # The switcher links to this very query in each language: one copy per
        # query string would let any visitor fill the cache (as the page cache, not stored).
        return None
    user = getattr(request, "user", None)
    page_id = f"{type(page).__module__}.{type(page).__qualname__}:{page.pk}" if hasattr(page, "pk") else ""
    return [
        *inputs,
        request.path,
        page_id,
        "in" if getattr(user, "is_authenticated", False) else "out",
        ",".join(language_codes_for(request)),
    ]


def key(inputs: list[str]) -> str:
    return "chrome:" + hashlib.sha256("\x1f".join(inputs).encode()).hexdigest()


def stored(inputs: list[str], build) -> str:
    """The shared HTML for these inputs: `build()` once per content version."""
    return content_version.remembered(key(inputs), build)


def fill(html: str, render_hole) -> str:
    """The stored HTML with every hole rendered for this request
    (`render_hole(name)` returns its HTML)."""
    if _PREFIX not in html:
        return html
    return _HOLE.sub(lambda match: render_hole(match.group(1)), html)
