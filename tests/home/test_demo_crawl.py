"""Crawl the seeded demo as each kind of person, in each language, and fail on
any internal link that answers 404 or 5xx (issue 12 §1).

One bounded breadth-first crawl per role (anonymous, learner, contact,
coordinator, trainer) with Django's test client, from the home pages of fi,
sv, en and ar: it follows same-origin `<a href>` links, GET `<form action>`s
and redirects, and only checks (does not follow) the Wagtail admin's first
page and language-neutral documents (Open Badges). Skipped: logout, the admin
beyond its first page, static and media files, downloads (exports, feeds,
images, JSON). Pages of one kind (one Wagtail page type, or one Django view,
with the same query parameters) are fetched PER_SHAPE times per language,
not all of them, so every kind of page is covered in a bounded time; a path
that is neither a live page nor a view is always fetched. Each broken link is
reported with the page it was found on.
"""

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Page

LANGUAGES = ["fi", "sv", "en", "ar"]
ROLES = {
    "anonymous": None,
    "learner": "learner@example.org",
    "contact": "contact@example.org",
    "coordinator": "coordinator@example.org",
    "trainer": "trainer@example.org",
}
MAX_PAGES = 1200  # pages fetched per role, in the four languages together
PER_SHAPE = 2  # pages of one kind fetched per role and language (see _shape)

SKIPPED_PREFIXES = ("/static/", "/media/", "/django-admin/", "/documents/", "/cms-images/")
SKIPPED_WORDS = ("logout", "/export", "download")
SKIPPED_SUFFIXES = (".csv", ".xlsx", ".pdf", ".ics", ".zip", ".png", ".jpg", ".svg", ".json", ".txt", ".xml")
ADMIN = "/admin/"


@pytest.fixture(autouse=True)
def interface_in_source_language():
    """Overrides tests/home's fixture: the crawl sees the interface, and its URLs, in each real language."""


@pytest.fixture(autouse=True)
def _badge_signing_key(settings, tmp_path, monkeypatch):
    """A signing key, as `make demo` has one: without it the Open Badges documents answer 503 on purpose."""
    monkeypatch.delenv("BADGES_SIGNING_KEY", raising=False)
    path = tmp_path / "signing-key.pem"
    key = Ed25519PrivateKey.generate()
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    settings.BADGES_SIGNING_KEY_FILE = str(path)


class _Links(HTMLParser):
    """`<a href>` and the actions of GET forms, in document order."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self.links.append(attrs.get("action") or "")


def _internal(href: str, page: str) -> str | None:
    """The path and query of a same-origin link, or None."""
    href = urldefrag(href.strip())[0]
    if href.startswith(("mailto:", "tel:", "javascript:", "data:")):
        return None
    url = urlsplit(urljoin(f"http://testserver{page}", href))
    if url.scheme not in ("http", "https") or url.netloc not in _same_origin():
        return None
    return url.path + (f"?{url.query}" if url.query else "")


def _same_origin() -> set[str]:
    return {"testserver", urlsplit(settings.SITE_URL).netloc}


def _skipped(url: str) -> bool:
    path = urlsplit(url).path
    return (
        path.startswith(SKIPPED_PREFIXES)
        or any(word in path for word in SKIPPED_WORDS)
        or path.endswith(SKIPPED_SUFFIXES)
        or (path.startswith(ADMIN) and path != ADMIN)
    )


def _page_kinds() -> dict[str, str]:
    """The URL of every live Wagtail page (below a language's home page) -> its page type."""
    homes = {
        url_path: f"/{code}/"
        for url_path, code in Page.objects.filter(depth=2).values_list("url_path", "locale__language_code")
    }
    kinds = {}
    for url_path, model in Page.objects.live().filter(depth__gt=2).values_list("url_path", "content_type__model"):
        for home, prefix in homes.items():
            if url_path.startswith(home):
                kinds[prefix + url_path[len(home) :]] = model
    return kinds


def _shape(url: str, kinds: dict[str, str]) -> str:
    """The kind of page a URL shows: its language, the page type (Wagtail pages) or the
    view (Django views), and the query's parameter names. A path that is neither a live
    page nor a view is its own kind, so it is always fetched."""
    parts = urlsplit(url)
    language = parts.path.split("/")[1]
    names = "&".join(sorted({pair.split("=")[0] for pair in parts.query.split("&") if pair}))
    if parts.path in kinds:
        return f"{language} page:{kinds[parts.path]} ?{names}"
    with translation.override(language if language in LANGUAGES else None):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return parts.path
    if match.url_name == "wagtail_serve":
        return parts.path
    return f"{language} {match.view_name} ?{names}"


def crawl(client, languages: list[str], kinds: dict[str, str] | None = None) -> tuple[list[str], int]:
    """Broken links ("status url (found on page)") and the number of pages fetched."""
    homes = tuple(f"/{language}/" for language in languages)
    kinds = _page_kinds() if kinds is None else kinds
    queue = deque((home, "(start)") for home in homes)
    seen = set(homes)
    shapes: dict[str, int] = {}
    broken = []
    fetched = 0
    while queue and fetched < MAX_PAGES:
        url, found_on = queue.popleft()
        response = client.get(url)
        fetched += 1
        if response.status_code == 404 or response.status_code >= 500:
            broken.append(f"{response.status_code} {url} (found on {found_on})")
            continue
        if response.status_code in (301, 302, 303, 307, 308):
            targets = [response["Location"]]
        elif url.startswith(homes) and "html" in response.get("Content-Type", ""):
            parser = _Links()
            parser.feed(response.content.decode())
            targets = parser.links
        else:  # the admin's first page, language-neutral documents: checked, not followed
            continue
        for href in targets:
            link = _internal(href, url)
            if link is None or link in seen or _skipped(link):
                continue
            shape = _shape(link, kinds)
            if shapes.get(shape, 0) >= PER_SHAPE:
                continue
            shapes[shape] = shapes.get(shape, 0) + 1
            seen.add(link)
            queue.append((link, url))
    return broken, fetched


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_data")
@pytest.mark.parametrize("role", list(ROLES))
def test_no_internal_link_in_the_demo_answers_404_or_5xx(settings, role):
    client = Client(raise_request_exception=False)  # a crashing view is a 500 to report, not an exception
    email = ROLES[role]
    if email:
        settings.MFA_EXEMPT_EMAILS = [email]  # as in the demo (training/settings/dev.py)
        client.force_login(get_user_model().objects.get(email=email))
    broken, fetched = crawl(client, LANGUAGES)
    assert fetched > 50, f"the crawl found almost nothing to follow ({fetched} pages)"
    assert not broken, f"{role}: {len(broken)} broken links:\n" + "\n".join(broken)


class _FakeClient:
    """Canned answers by path; records what was asked."""

    def __init__(self, pages: dict[str, HttpResponse]):
        self.pages = pages
        self.asked: list[str] = []

    def get(self, url):
        self.asked.append(url)
        return self.pages.get(url) or HttpResponse(status=404)


def test_crawl_reports_each_broken_link_with_the_page_it_was_found_on():
    client = _FakeClient(
        {
            "/fi/": HttpResponse(
                '<a href="/fi/kurssit/">Kurssit</a> <a href="https://example.com/">ulos</a>'
                '<a href="/fi/accounts/logout/">Kirjaudu ulos</a><form method="get" action="/fi/haku/"></form>'
            ),
            "/fi/kurssit/": HttpResponse('<a href="puuttuu/">rikki</a> <a href="/fi/#sisalto">ylös</a>'),
            "/fi/haku/": HttpResponse(status=500),
        }
    )
    broken, _fetched = crawl(client, ["fi"], kinds={})
    assert broken == [
        "500 /fi/haku/ (found on /fi/)",
        "404 /fi/kurssit/puuttuu/ (found on /fi/kurssit/)",
    ]
    assert client.asked == ["/fi/", "/fi/kurssit/", "/fi/haku/", "/fi/kurssit/puuttuu/"]
