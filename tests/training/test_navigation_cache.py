"""The site chrome (home link, menu, footer, language switcher) is cached under
the content version: the same for everyone, renewed by publish, unpublish,
move and view-restriction changes, kept apart per language."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from tests.factories import ContentPageFactory


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_chrome_is_read_once_per_content_version(client, site_pages):
    client.get("/en/tietosuoja/")
    first = _queries(client, "/en/saavutettavuus/")
    again = _queries(client, "/en/saavutettavuus/")
    assert again <= first
    ContentPageFactory(parent=site_pages, title="Fresh page", slug="fresh", show_in_menus=True)
    assert "Fresh page" not in client.get("/en/saavutettavuus/").content.decode()  # not published: no signal


def test_publishing_a_page_shows_it_in_the_menu_at_once(client, site_pages):
    client.get("/fi/")  # the chrome is now cached
    page = ContentPageFactory(parent=site_pages, title="Fresh page", slug="fresh", show_in_menus=True, live=False)
    page.save_revision().publish()
    assert 'href="/fi/fresh/"' in client.get("/fi/").content.decode()


def test_unpublishing_a_page_removes_it_from_the_footer(client, site_pages):
    assert 'href="/en/tietosuoja/"' in client.get("/en/").content.decode()
    Page.objects.get(slug="tietosuoja", locale__language_code="en").unpublish()
    assert 'href="/en/tietosuoja/"' not in client.get("/en/").content.decode()


def test_moving_a_page_changes_its_link(client, site_pages):
    assert 'href="/en/tietosuoja/"' in client.get("/en/").content.decode()
    about = Page.objects.get(slug="tietosuoja", locale__language_code="en")
    target = Page.objects.get(slug="saavutettavuus", locale__language_code="en")
    about.move(target, pos="last-child")
    html = client.get("/en/").content.decode()
    assert 'href="/en/tietosuoja/"' not in html


def test_a_view_restriction_removes_the_page_from_the_footer(client, site_pages):
    assert 'href="/en/tietosuoja/"' in client.get("/en/").content.decode()
    page = Page.objects.get(slug="tietosuoja", locale__language_code="en")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert 'href="/en/tietosuoja/"' not in client.get("/en/").content.decode()


def test_each_language_gets_its_own_chrome(client, site_pages):
    assert 'href="/en/tietosuoja/"' in client.get("/en/").content.decode()
    html = client.get("/fi/").content.decode()
    assert 'href="/fi/tietosuoja/"' in html
    assert 'href="/en/tietosuoja/"' not in html.split('class="language-switcher', 1)[0]


def test_a_new_translation_appears_in_the_language_switcher_once_published(client, site_pages):
    from wagtail.models import Locale

    fi_page = Page.objects.get(slug="tietosuoja", locale__language_code="fi")
    ar = Locale.objects.get(language_code="ar")
    existing = Page.objects.filter(translation_key=fi_page.translation_key, locale=ar).first()
    if existing is not None:
        existing.unpublish()
    html = client.get("/fi/tietosuoja/").content.decode()
    assert 'href="/ar/tietosuoja/"' not in html
    if existing is None:
        existing = fi_page.copy_for_translation(ar)
    existing.specific.save_revision().publish()
    assert 'href="/ar/tietosuoja/"' in client.get("/fi/tietosuoja/").content.decode()
