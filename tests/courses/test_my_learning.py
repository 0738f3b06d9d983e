"""The "My learning" page: courses in progress with progress bars, completed ones with their date."""

from courses.services import complete_step, enrol, record_visit


def test_my_learning_needs_a_login(client, db):
    response = client.get("/fi/learning/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_my_learning_lists_courses_in_progress_with_a_progress_bar(client, course_tree, learner):
    complete_step(learner, course_tree.lessons[0])
    client.force_login(learner)
    html = client.get("/fi/learning/").content.decode()
    in_progress = html.split('id="in-progress-heading"')[1].split('id="completed-heading"')[0]
    assert course_tree.course.title in in_progress
    assert 'max="100" value="25"' in in_progress
    assert "1 of 4 required steps done (25 %)" in in_progress
    assert f'href="/fi/learning/courses/{course_tree.course.pk}/continue/"' in in_progress
    assert "Continue where you left off" in in_progress


def test_enrolled_but_not_started_course_offers_start(client, course_tree, learner):
    enrol(learner, course_tree.course)
    client.force_login(learner)
    assert "Start the course" in client.get("/fi/learning/").content.decode()


def test_completed_course_is_listed_with_its_date(client, course_tree, learner):
    for lesson in course_tree.lessons:
        complete_step(learner, lesson)
    client.force_login(learner)
    html = client.get("/fi/learning/").content.decode()
    completed = html.split('id="completed-heading"')[1]
    assert course_tree.course.title in completed and "Completed on" in completed
    assert "You have no courses in progress." in html


def test_my_learning_shows_only_my_courses(client, course_tree, make_course_tree, learner):
    make_course_tree(slug="muu", title="Muu kurssi")
    enrol(learner, course_tree.course)
    client.force_login(learner)
    html = client.get("/fi/learning/").content.decode()
    assert "Muu kurssi" not in html


def test_latest_activity_comes_first(client, course_tree, make_course_tree, learner):
    other = make_course_tree(slug="toinen", title="Toinen kurssi")
    enrol(learner, course_tree.course)
    enrol(learner, other.course)
    record_visit(learner, other.lessons[0])
    client.force_login(learner)
    html = client.get("/fi/learning/").content.decode()
    assert html.index("Toinen kurssi") < html.index(course_tree.course.title + "</a>")


def test_header_links_to_my_learning_for_logged_in_users(client, course_tree, learner):
    assert "/fi/learning/" not in client.get(course_tree.course.url).content.decode()
    client.force_login(learner)
    assert 'href="/fi/learning/"' in client.get(course_tree.course.url).content.decode()
