"""The site header and footer are rendered once per shared inputs and kept
under the content version (training/chrome.py); the person's name, the
notification bell and the logout form's CSRF token are filled in per request
and never cross people."""

import re

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.test import Client, RequestFactory
from wagtail.models import Page

from notifications.models import Notification
from tests.factories import UserFactory

PAGE = "/fi/tietosuoja/"


@pytest.fixture
def two_people(db):
    return (
        UserFactory(email="aino@example.org", first_name="Aino"),
        UserFactory(email="bertil@example.org", first_name="Bertil"),
    )


def _client(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def _header(client, url=PAGE) -> str:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('<header class="site-header"') : html.index("</header>")]


def _bell(header: str) -> str:
    return re.search(r'<a class="nav-link notification-bell".*?</a>', header, re.S).group(0)


def _chrome_entries() -> int:
    # The local-memory cache of the test settings; its keys are ":<version>:<key>".
    return sum(1 for key in cache._cache if key.split(":", 2)[-1].startswith("chrome:"))


def test_two_people_on_the_same_page_each_see_their_own_name_count_and_menu(two_people, monkeypatch, site_pages):
    aino, bertil = two_people
    monkeypatch.setattr("reports.navigation._url_names_for", lambda user: ["reports:index"] if user == aino else [])
    Notification.objects.create(recipient=aino, kind="tests.any")
    aino_header = _header(_client(aino))
    bertil_header = _header(_client(bertil))
    assert "Aino" in aino_header and "Bertil" not in aino_header
    assert "Bertil" in bertil_header and "Aino" not in bertil_header
    assert 'aria-hidden="true">1</span>' in _bell(aino_header)
    assert "badge" not in _bell(bertil_header)
    assert 'href="/fi/reports/"' in aino_header and 'href="/fi/reports/"' not in bertil_header


def test_a_second_person_gets_the_stored_copy_with_their_own_name(two_people, site_pages):
    aino, bertil = two_people
    _header(_client(aino))
    stored = _chrome_entries()
    assert stored
    assert "Bertil" in _header(_client(bertil))
    assert _chrome_entries() == stored  # same inputs: no new copy


def test_the_logout_form_carries_the_requesters_own_csrf_token(two_people, site_pages):
    aino, bertil = two_people
    _header(_client(bertil))  # the shared copy exists now
    client = _client(aino, enforce_csrf_checks=True)
    header = _header(client)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', header).group(1)
    assert client.post("/fi/accounts/logout/", {"csrfmiddlewaretoken": token}).status_code == 302
    assert "_auth_user_id" not in client.session


def test_names_are_escaped_as_before(db, site_pages):
    person = UserFactory(email="tag@example.org", first_name="<b>Ann</b>")
    header = _header(_client(person))
    assert "&lt;b&gt;Ann&lt;/b&gt;" in header and "<b>Ann</b>" not in header


def test_anonymous_and_signed_in_visitors_never_share_a_copy(two_people, site_pages):
    aino, _ = two_people
    anonymous = _header(Client())
    assert 'href="/fi/accounts/login/"' in anonymous
    signed_in = _header(_client(aino))
    assert 'href="/fi/accounts/login/"' not in signed_in and "Aino" in signed_in
    again = _header(Client())
    assert "Aino" not in again and "user-menu" not in again


def test_renaming_a_menu_page_shows_at_once(db, site_pages, two_people):
    client = _client(two_people[0])
    page = Page.objects.get(slug="saavutettavuus", locale__language_code="fi").specific
    page.show_in_menus = True
    page.save_revision().publish()
    assert 'href="/fi/saavutettavuus/"' in _header(client)
    page.title = "Uusi nimi"
    page.save_revision().publish()
    assert "Uusi nimi" in _header(client)


def test_the_footer_follows_a_publish(client, site_pages):
    html = client.get(PAGE).content.decode()
    assert 'href="/fi/saavutettavuus/"' in html.split('class="site-footer', 1)[1]
    Page.objects.get(slug="saavutettavuus", locale__language_code="fi").unpublish()
    html = client.get(PAGE).content.decode()
    assert 'href="/fi/saavutettavuus/"' not in html.split('class="site-footer', 1)[1]


def test_aria_current_marks_the_page_of_each_path(two_people, site_pages):
    client = _client(two_people[0])
    on_profile = _header(client, "/fi/profile/")
    assert 'href="/fi/profile/" aria-current="page"' in on_profile
    assert 'href="/fi/notifications/" aria-current="page"' not in on_profile
    on_notifications = _header(client, "/fi/notifications/")
    assert 'href="/fi/notifications/" aria-current="page"' in on_notifications
    assert 'href="/fi/profile/" aria-current="page"' not in on_notifications


def test_aria_current_marks_the_menu_page_being_shown(client, site_pages):
    page = Page.objects.get(slug="saavutettavuus", locale__language_code="fi").specific
    page.show_in_menus = True
    page.save_revision().publish()
    assert 'href="/fi/saavutettavuus/" aria-current="page"' in _header(client, "/fi/saavutettavuus/")
    assert 'href="/fi/saavutettavuus/" aria-current="page"' not in _header(client, PAGE)


def test_the_language_switcher_links_to_this_page_in_each_language(client, site_pages):
    privacy = _header(client, PAGE)
    accessibility = _header(client, "/fi/saavutettavuus/")
    assert 'href="/en/tietosuoja/" hreflang="en"' in privacy
    assert 'href="/en/saavutettavuus/" hreflang="en"' in accessibility
    assert 'href="/en/tietosuoja/" hreflang="en"' not in accessibility
    assert 'href="/fi/saavutettavuus/" hreflang="fi"' in _header(client, "/en/saavutettavuus/")


def test_the_switcher_keeps_the_query_of_a_view_that_is_not_a_page(two_people, site_pages):
    client = _client(two_people[0])
    assert 'href="/en/notifications/?page=2"' in _header(client, "/fi/notifications/?page=2")
    assert 'href="/en/notifications/"' in _header(client, "/fi/notifications/")


def test_a_query_string_on_a_view_that_is_not_a_page_is_not_stored(two_people, site_pages):
    client = _client(two_people[0])
    _header(client, "/fi/notifications/")
    stored = _chrome_entries()
    for number in (2, 3):
        assert f'href="/en/notifications/?page={number}"' in _header(client, f"/fi/notifications/?page={number}")
    assert _chrome_entries() == stored


def test_a_new_notification_and_marking_it_read_change_the_bell_at_once(
    two_people, site_pages, django_capture_on_commit_callbacks
):
    aino, _ = two_people
    client = _client(aino)
    assert "badge" not in _bell(_header(client))
    with django_capture_on_commit_callbacks(execute=True):
        notification = Notification.objects.create(recipient=aino, kind="tests.any")
    assert 'aria-hidden="true">1</span>' in _bell(_header(client))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/fi/notifications/{notification.pk}/read/")
    assert "badge" not in _bell(_header(client))


def _preview_request(is_preview: bool):
    request = RequestFactory().get(PAGE)
    request.is_preview = is_preview
    return request


def test_a_preview_is_never_stored(db):
    template = Template('{% load chrome %}{% chrome "test" %}{{ title }}{% endchrome %}')
    assert template.render(Context({"request": _preview_request(True), "title": "draft"})) == "draft"
    assert template.render(Context({"request": _preview_request(False), "title": "live"})) == "live"
    # A later render with the same inputs is the stored copy (of the live render, never the draft).
    assert template.render(Context({"request": _preview_request(False), "title": "changed"})) == "live"
    assert template.render(Context({"request": _preview_request(True), "title": "draft 2"})) == "draft 2"


def test_holes_are_rendered_for_each_request(db):
    template = Template(
        '{% load chrome %}{% chrome "test" %}[{% chrome_hole "who" %}{{ who }}{% endchrome_hole %}]{% endchrome %}'
    )
    request = _preview_request(False)
    assert template.render(Context({"request": request, "who": "<a>"})) == "[&lt;a&gt;]"
    assert template.render(Context({"request": request, "who": "b"})) == "[b]"


def test_a_page_preview_stores_no_chrome(two_people, rf, site_pages):
    from tests.previews import preview

    page = Page.objects.get(slug="tietosuoja", locale__language_code="fi").specific
    page.title = "Luonnos"  # the editor's unsaved form
    response = preview(page, two_people[0], rf)
    assert response.status_code == 200
    assert 'class="site-header"' in response.content.decode()
    assert _chrome_entries() == 0


def test_a_page_not_found_stores_no_header_for_its_path(two_people, site_pages):
    # Anyone can ask for any path: one stored header per unknown path would let them fill the cache.
    client = _client(two_people[0])
    _header(client)
    stored = _chrome_entries()
    for number in (1, 2):
        response = client.get(f"/fi/no-such-page-{number}/")
        assert response.status_code == 404
        assert '<header class="site-header"' in response.content.decode()
    assert _chrome_entries() == stored
