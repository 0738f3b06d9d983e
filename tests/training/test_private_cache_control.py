"""Pages answered to a logged-in person carry `Cache-Control: private,
no-store`; anonymous pages stay cacheable (issue 17, defect 9)."""

from tests.courses.factories import build_course_tree


def test_a_logged_in_persons_page_is_private_and_not_stored(client, site_pages, learner):
    client.force_login(learner)
    response = client.get("/fi/")  # the home page greets them by name
    assert response.status_code == 200
    assert set(response["Cache-Control"].replace(" ", "").split(",")) == {"private", "no-store"}


def test_a_logged_in_persons_cached_lesson_is_private_and_not_stored(client, site_pages, learner):
    tree = build_course_tree(site_pages)
    client.force_login(learner)
    client.get(tree.lessons[0].url)
    response = client.get(tree.lessons[0].url)  # from the page cache this time
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_view_that_sets_its_own_cache_control_keeps_it(client, learner, db):
    client.force_login(learner)
    response = client.get("/healthz")  # never_cache
    assert "must-revalidate" in response["Cache-Control"]


def test_anonymous_pages_get_no_cache_control(client, site_pages):
    tree = build_course_tree(site_pages)
    assert not client.get("/fi/").has_header("Cache-Control")
    assert not client.get(tree.course.url).has_header("Cache-Control")
