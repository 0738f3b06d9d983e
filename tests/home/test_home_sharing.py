"""The home page: its content shared per kind of visitor, the anonymous page
shared whole (home/serving.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

SIGNUP = 'signup/"'  # the anonymous call to action's link
START = '/start/"'  # the signed-in one's


@pytest.fixture
def home(site_pages):
    return site_pages


def test_anonymous_visitors_share_one_copy_refreshed_by_a_publish(client, home):
    first = client.get("/fi/")
    assert first.status_code == 200
    assert SIGNUP in first.content.decode()
    again = client.get("/fi/")
    assert again.content == first.content
    assert not again.templates  # the stored copy: nothing rendered

    home.intro = "Uusi esittely"
    home.save_revision().publish()
    assert "Uusi esittely" in client.get("/fi/").content.decode()


def test_signed_in_visitors_get_their_own_call_to_action(client, home, learner):
    anonymous = client.get("/fi/").content.decode()
    client.force_login(learner)
    signed_in = client.get("/fi/").content.decode()
    main = signed_in.split("<main")[-1]
    assert START in main and SIGNUP not in main
    assert SIGNUP in anonymous.split("<main")[-1]
    client.logout()
    assert client.get("/fi/").content.decode() == anonymous


def test_a_restricted_home_page_is_never_shared(client, home):
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.PASSWORD, password="salasana")
    response = client.get("/fi/")
    assert response.status_code == 200  # the password form
    assert "salasana" not in response.content.decode()
    from courses import caching

    assert caching.cache.get(caching.page_key(response.wsgi_request)) is None


def test_a_preview_does_not_use_the_shared_content(client, home):
    client.get("/fi/")  # the shared content and the anonymous copy are stored
    home.intro = "Luonnos"
    home.save_revision()  # a draft, not published
    draft = home.get_latest_revision_as_object()
    assert "Luonnos" in draft.make_preview_request().content.decode()
    assert "Luonnos" not in client.get("/fi/").content.decode()


def _wagtail_queries(queries) -> list[str]:
    return [q["sql"] for q in queries if "wagtailcore_" in q["sql"]]


def test_a_repeat_anonymous_visit_is_answered_before_wagtail_routing(client, home):
    client.get("/fi/")
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/fi/")
    assert again.status_code == 200
    assert len(queries) == 0  # no site, locale or page lookup: the middleware answered


def test_a_signed_in_home_page_is_routed_without_a_site_page_or_restriction_query(client, home, learner):
    client.force_login(learner)
    client.get("/fi/")  # stores the route
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/fi/")
    assert START in again.content.decode().split("<main")[-1]
    assert _wagtail_queries(queries) == []


def test_a_view_restriction_added_after_a_cached_visit_is_enforced_at_once(client, home):
    client.get("/fi/")  # the route and the anonymous copy are stored
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.PASSWORD, password="salasana")
    response = client.get("/fi/")
    assert 'name="password"' in response.content.decode()
    assert SIGNUP not in response.content.decode().split("<main")[-1]
