"""The page tree: where home and content pages may be created."""

from wagtail.models import Page

from home.models import ContentPage, HomePage


def test_home_page_sits_only_under_the_tree_root():
    assert HomePage.allowed_parent_page_models() == [Page]


def test_home_page_allows_content_pages_the_course_catalogue_and_the_live_calendar_below_it():
    from courses.models import CourseIndexPage
    from live.models import LiveSessionIndexPage

    assert HomePage.allowed_subpage_models() == [ContentPage, CourseIndexPage, LiveSessionIndexPage]


def test_content_pages_sit_under_home_or_other_content_pages():
    assert set(ContentPage.allowed_parent_page_models()) == {HomePage, ContentPage}


def test_content_page_renders_with_its_last_reviewed_date(client, site_pages):
    html = client.get("/en/saavutettavuus/").content.decode()
    assert "Accessibility statement" in html
    assert "Last reviewed on" in html


def test_footer_links_to_privacy_and_accessibility_pages(client, site_pages):
    html = client.get("/en/").content.decode()
    assert 'href="/en/tietosuoja/"' in html
    assert 'href="/en/saavutettavuus/"' in html
