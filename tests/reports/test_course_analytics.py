"""Trainers' per-course analytics: the list of courses with their funnel and
median days to completion, one course's required steps, quizzes and live
sessions, the exports, who counts, and a constant number of queries."""

import csv
import io
import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from associations.models import Membership
from courses.authoring import TRAINERS
from courses.models import Enrolment
from tests.courses.factories import translate_tree
from tests.factories import UserFactory, group_member
from tests.reports.conftest import complete


@pytest.fixture
def trainer(db, settings):
    return group_member(TRAINERS, settings, email="trainer@example.org")


def rows_of(response):
    return {row.course.title: row for row in response.context["rows"]}


def progress(world, courses):
    """learner_a (Palloseura, Kainuu) completes course 0 in 4 days; learner_b
    (Hiihtäjät, Kainuu) does one step; an outsider (no association) completes it in 10 days."""
    now = timezone.now()
    complete(world.learner_a, courses[0], at=now)
    Enrolment.objects.filter(user=world.learner_a).update(enrolled_at=now - timedelta(days=4))
    complete(world.learner_b, courses[0], lessons=1, at=now)
    complete(world.outsider, courses[0], at=now)
    Enrolment.objects.filter(user=world.outsider).update(enrolled_at=now - timedelta(days=10))


def test_trainer_sees_every_learner_in_the_funnel(client, world, courses, trainer):
    progress(world, courses)
    client.force_login(trainer)
    row = rows_of(client.get(reverse("reports:courses")))["Tervetuloa"]
    assert (row.enrolled, row.started, row.completed, row.completion_rate) == (3, 3, 2, 67)


def test_median_days_runs_from_enrolment_to_completion(client, world, courses, trainer):
    progress(world, courses)
    client.force_login(trainer)
    rows = rows_of(client.get(reverse("reports:courses")))
    assert rows["Tervetuloa"].median_days == 7.0
    assert rows["Kohtaaminen"].median_days is None


def test_coordinator_counts_only_members_of_overseen_associations(client, world, courses):
    progress(world, courses)
    client.force_login(world.coordinator)
    row = rows_of(client.get(reverse("reports:courses")))["Tervetuloa"]
    assert (row.enrolled, row.started, row.completed, row.median_days) == (2, 2, 1, 4.0)


def test_coordinator_of_another_region_counts_nobody_here(client, world, courses):
    progress(world, courses)
    client.force_login(world.coordinator_savo)
    row = rows_of(client.get(reverse("reports:courses")))["Tervetuloa"]
    assert (row.enrolled, row.completed) == (0, 0)


def test_course_page_shows_completions_per_required_step_in_course_order(client, world, courses, trainer):
    progress(world, courses)
    tree = courses[0]
    client.force_login(trainer)
    detail = client.get(reverse("reports:course", args=[tree.course.translation_key])).context["detail"]
    assert [(s.title, s.completed) for s in detail.steps] == [(tree.lessons[0].title, 3), (tree.lessons[1].title, 2)]
    assert [share for _step, share in detail.step_shares()] == [100, 67]


def test_optional_steps_are_not_listed(client, world, courses, trainer):
    optional = courses[0].lessons[1]
    optional.required = False
    optional.save_revision().publish()
    client.force_login(trainer)
    detail = client.get(reverse("reports:course", args=[courses[0].course.translation_key])).context["detail"]
    assert [s.key for s in detail.steps] == [courses[0].lessons[0].translation_key]


def test_step_titles_are_in_the_request_language_when_translated(client, world, courses, trainer):
    tree = courses[0]
    translate_tree(tree, "en")
    client.force_login(trainer)
    with_language = reverse("reports:course", args=[tree.course.translation_key]).replace("/fi/", "/en/", 1)
    detail = client.get(with_language).context["detail"]
    assert detail.course.title == "[en] Tervetuloa"
    assert [s.title for s in detail.steps] == [f"[en] {lesson.title}" for lesson in tree.lessons]


def test_course_quizzes_link_to_their_analytics(client, world, courses, trainer):
    from tests.quizzes.factories import QuizPageFactory

    quiz = QuizPageFactory(parent=courses[0].modules[0])
    QuizPageFactory(parent=courses[1].modules[0])  # another course's quiz is not listed
    client.force_login(trainer)
    detail = client.get(reverse("reports:course", args=[courses[0].course.translation_key])).context["detail"]
    assert detail.quizzes == [(quiz.title, reverse("quizzes:analytics", kwargs={"page_id": quiz.pk}))]


def test_live_session_steps_show_attendance_of_the_people_in_scope(client, world, courses):
    from live.models import Attendance
    from tests.live.factories import LiveSessionPageFactory

    session = LiveSessionPageFactory(parent=courses[0].modules[0], title="Etätapaaminen")
    Attendance.objects.create(user=world.learner_a, session=session)
    Attendance.objects.create(user=world.outsider, session=session)
    client.force_login(world.coordinator)
    detail = client.get(reverse("reports:course", args=[courses[0].course.translation_key])).context["detail"]
    assert [(s["title"], s["attended"]) for s in detail.sessions] == [("Etätapaaminen", 1)]


@pytest.mark.parametrize("key", ["unknown", "module"])
def test_unknown_course_key_answers_404(client, world, courses, trainer, key):
    client.force_login(trainer)
    value = uuid.uuid4() if key == "unknown" else courses[0].modules[0].translation_key
    assert client.get(reverse("reports:course", args=[value])).status_code == 404


def test_unknown_export_format_answers_404(client, world, courses, trainer):
    client.force_login(trainer)
    assert client.get(reverse("reports:courses_export", args=["pdf"])).status_code == 404
    assert (
        client.get(reverse("reports:course_export", args=[courses[0].course.translation_key, "pdf"])).status_code == 404
    )


def test_courses_csv_neutralises_formula_titles(client, world, courses, trainer):
    course = courses[0].course
    course.title = "=HYPERLINK(1)"
    course.save_revision().publish()
    client.force_login(trainer)
    response = client.get(reverse("reports:courses_export", args=["csv"]) + "?delimiter=semicolon")
    raw = b"".join(response.streaming_content).decode("utf-8")
    assert raw.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff")), delimiter=";"))
    assert "'=HYPERLINK(1)" in [row[0] for row in rows[1:]]


def test_course_steps_xlsx_has_a_row_per_required_step(client, world, courses, trainer):
    progress(world, courses)
    client.force_login(trainer)
    response = client.get(reverse("reports:course_export", args=[courses[0].course.translation_key, "xlsx"]))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2]) for r in rows] == [(1, 3), (2, 2)]


def test_reports_index_links_course_analytics_for_trainers(client, world, courses, trainer):
    client.force_login(trainer)
    assert reverse("reports:courses") in client.get(reverse("reports:index")).content.decode()


def test_reports_index_has_no_course_analytics_for_contacts(client, world, courses):
    client.force_login(world.contact_a)
    assert reverse("reports:courses") not in client.get(reverse("reports:index")).content.decode()


# --- queries -------------------------------------------------------------------


def grow(world, site_pages, courses, n_courses: int, n_learners: int):
    """Up to `n_courses` courses of 3 lessons and `n_learners` more learners in Palloseura, with progress."""
    from tests.courses.factories import build_course_tree

    while len(courses) < n_courses:
        i = len(courses)
        courses.append(build_course_tree(site_pages, modules=1, lessons=3, slug=f"kurssi-{i}", title=f"Kurssi {i}"))
    existing = Membership.objects.filter(association=world.a).count()
    for i in range(existing, existing + n_learners):
        user = UserFactory(email=f"grow{i}@example.org")
        Membership.objects.create(user=user, association=world.a)
        for j, tree in enumerate(courses):
            complete(user, tree, lessons=None if (i + j) % 2 else 1)


def queries(client, url) -> int:
    client.get(url)  # warm per-process caches (site, menus)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("person", ["trainer", "coordinator"])
def test_course_list_queries_do_not_grow_with_courses_or_learners(client, world, site_pages, courses, trainer, person):
    client.force_login(trainer if person == "trainer" else world.coordinator)
    url = reverse("reports:courses")
    grow(world, site_pages, courses, 2, 2)
    small = queries(client, url)
    grow(world, site_pages, courses, 6, 8)
    assert queries(client, url) == small


@pytest.mark.parametrize("person", ["trainer", "coordinator"])
def test_course_page_queries_do_not_grow_with_steps_or_learners(client, world, site_pages, courses, trainer, person):
    from tests.courses.factories import LessonPageFactory

    client.force_login(trainer if person == "trainer" else world.coordinator)
    tree = courses[0]
    url = reverse("reports:course", args=[tree.course.translation_key])
    grow(world, site_pages, courses, 2, 2)
    small = queries(client, url)
    for n in range(6):
        tree.lessons.append(LessonPageFactory(parent=tree.modules[0], slug=f"lisa-{n}"))
    grow(world, site_pages, courses, 2, 8)
    assert queries(client, url) == small
