"""The unfiltered catalogue is rendered once for everyone; each learner's
badges are their own (courses/views/catalogue.py)."""

from courses.services import complete_step, enrol
from tests.factories import UserFactory


def cards(response) -> str:
    return response.content.decode().split('class="catalogue-count"')[1]


def test_badges_never_cross_learners(client, make_course_tree, learner):
    first = make_course_tree(slug="yksi", title="Yksi")
    second = make_course_tree(slug="kaksi", title="Kaksi")
    complete_step(learner, first.lessons[0])
    for lesson in second.lessons:
        complete_step(learner, lesson)
    other = UserFactory(email="other@example.org")
    enrol(other, first.course)

    client.force_login(learner)
    mine = cards(client.get(first.index.url))  # renders the shared copy
    assert "In progress: 25 %" in mine and mine.count("badge-done") == 1

    client.force_login(other)
    theirs = cards(client.get(first.index.url))  # from the shared copy
    assert "In progress: 0 %" in theirs and "badge-done" not in theirs

    client.logout()
    anonymous = cards(client.get(first.index.url))
    assert "badge" not in anonymous
    assert "Yksi" in anonymous and "Kaksi" in anonymous


def test_a_learners_progress_shows_at_once_on_the_shared_copy(client, course_tree, learner):
    client.force_login(learner)
    assert "badge-progress" not in cards(client.get(course_tree.index.url))
    complete_step(learner, course_tree.lessons[0])
    assert "In progress: 25 %" in cards(client.get(course_tree.index.url))


def test_publishing_and_unpublishing_refresh_the_shared_copy(client, make_course_tree, learner):
    first = make_course_tree(slug="yksi", title="Yksi")
    client.force_login(learner)
    assert "1 course" in cards(client.get(first.index.url))

    second = make_course_tree(slug="kaksi", title="Kaksi")
    second.course.save_revision().publish()  # as the editor does (the factories create pages live)
    html = cards(client.get(first.index.url))
    assert "2 courses" in html and "Kaksi" in html

    first.course.title = "Yksi uusi"
    first.course.save_revision().publish()
    assert "Yksi uusi" in cards(client.get(first.index.url))

    second.course.unpublish()
    html = cards(client.get(first.index.url))
    assert "1 course" in html and "Kaksi" not in html


def test_a_required_step_added_changes_the_percent(client, course_tree, learner):
    from tests.courses.factories import LessonPageFactory

    complete_step(learner, course_tree.lessons[0])
    client.force_login(learner)
    assert "In progress: 25 %" in cards(client.get(course_tree.index.url))
    added = LessonPageFactory(parent=course_tree.modules[0], title="Uusi", slug="uusi")
    added.save_revision().publish()  # a fifth required step
    assert "In progress: 20 %" in cards(client.get(course_tree.index.url))


def test_filtered_catalogue_is_rendered_for_the_request_with_badges(client, course_tree, learner):
    complete_step(learner, course_tree.lessons[0])
    client.force_login(learner)
    client.get(course_tree.index.url)
    html = cards(client.get(course_tree.index.url + "?q=&topic="))
    assert "In progress: 25 %" in html
