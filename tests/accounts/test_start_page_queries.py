# ruff: noqa: F811 (the tests take the imported `world` fixture)
"""The start page (accounts/start.py, the apps' start_panels.py) at a fixed
number of queries: the panels read the person's groups, association roles,
enrolments and completions once for all of them, and the live courses are kept
under the content version. These tests pin the count, show it flat in the
number of courses, sessions, badges and associations, and show that what is
kept follows every change at once (a publish, the learner's own progress, a
new role), and never passes from one person or page to the next."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts import start
from associations.models import CoordinatorAssignment, Membership, Role
from courses.models import CourseCompletion
from live.models import Registration
from tests.associations.conftest import world  # noqa: F401 (the scope world: regions, associations, roles)
from tests.associations.factories import AssociationFactory
from tests.badges.factories import PersonAwardFactory
from tests.courses.factories import build_course_tree, record_progress
from tests.factories import UserFactory
from tests.live.factories import LiveSessionIndexPageFactory, LiveSessionPageFactory
from tests.shared_fixtures import interface_in_source_language  # noqa: F401 (autouse)

START = "/fi/start/"

# The request (session, user); the learner's enrolments, course completions and
# step completions; their upcoming registrations; their new badges; their
# association roles (one union query); their groups; whether they train a
# session; the site (for the sessions' addresses). Test settings: the session
# is a database row.
LEARNER_QUERIES = 11


@pytest.fixture
def calendar(site_pages):
    return LiveSessionIndexPageFactory(parent=site_pages)


def queries(client, user) -> int:
    client.force_login(user)
    assert client.get(START).status_code == 200  # fills the per-content-version copies
    with CaptureQueriesContext(connection) as captured:
        assert client.get(START).status_code == 200
    return len(captured)


def page(client, user) -> str:
    client.force_login(user)
    response = client.get(START)
    assert response.status_code == 200
    return response.content.decode()


def add_learning(user, site_pages, calendar, n: int, offset: int = 0) -> None:
    for i in range(offset, offset + n):
        tree = build_course_tree(site_pages, modules=1, lessons=2, slug=f"kurssi-{i}", title=f"Kurssi {i}")
        record_progress(user, tree, lessons=1)
        session = LiveSessionPageFactory(parent=calendar, title=f"Sessio {i}")
        Registration.objects.create(session=session, user=user, status="registered")
        PersonAwardFactory(recipient_user=user)


@pytest.mark.parametrize("n", [1, 4])
def test_learner_start_page_costs_the_same_queries_for_one_course_and_many(client, world, site_pages, calendar, n):
    add_learning(world.learner_a, site_pages, calendar, n)
    assert queries(client, world.learner_a) == LEARNER_QUERIES


def test_contact_and_coordinator_start_pages_do_not_grow_with_associations(client, world):
    contact, coordinator = queries(client, world.contact_a), queries(client, world.coordinator)
    for n in range(3):
        association = AssociationFactory(municipality=world.a.municipality, slug=f"lisa-{n}")
        Membership.objects.create(user=world.contact_a, association=association, role=Role.CONTACT)
        Membership.objects.create(user=UserFactory(), association=association)
    assert queries(client, world.contact_a) == contact
    assert queries(client, world.coordinator) == coordinator


def test_a_published_course_is_suggested_at_once(client, world, site_pages):
    Membership.objects.filter(user=world.learner_a).update(role=Role.COACH)
    assert "Valmentajille" not in page(client, world.learner_a)  # the live courses are stored now
    tree = build_course_tree(
        site_pages, modules=1, lessons=1, slug="valm", title="Valmentajille", intended_roles=["coach"]
    )
    tree.course.save_revision().publish()  # what renews the content version
    assert "Valmentajille" in page(client, world.learner_a)


def test_an_unpublished_course_leaves_the_continue_panel_at_once(client, world, site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=2, slug="pois", title="Poistuva kurssi")
    record_progress(world.learner_a, tree, lessons=1)
    assert "Poistuva kurssi" in page(client, world.learner_a)
    tree.course.unpublish()
    assert "Poistuva kurssi" not in page(client, world.learner_a)


def test_a_new_course_title_shows_after_its_publish(client, world, site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=2, slug="nimi", title="Vanha nimi")
    record_progress(world.learner_a, tree, lessons=1)
    page(client, world.learner_a)
    tree.course.title = "Uusi nimi"
    tree.course.save_revision().publish()
    assert "Uusi nimi" in page(client, world.learner_a)


def test_the_learners_own_progress_shows_at_once(client, world, site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=2, slug="oma", title="Oma kurssi")
    continue_url = reverse("courses:continue", args=[tree.course.pk])
    assert continue_url not in page(client, world.learner_a)
    record_progress(world.learner_a, tree, lessons=1)
    html = page(client, world.learner_a)
    assert continue_url in html and "1 of 2 required steps done" in html
    CourseCompletion.objects.create(user=world.learner_a, course_key=tree.course.translation_key)
    assert continue_url not in page(client, world.learner_a)


def test_one_learners_courses_never_show_on_anothers_page(client, world, site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=2, slug="vain-a", title="Vain A:n kurssi")
    record_progress(world.learner_a, tree, lessons=1)
    assert "Vain A:n kurssi" in page(client, world.learner_a)
    assert reverse("courses:continue", args=[tree.course.pk]) not in page(client, world.learner_b)


def test_a_new_role_shows_its_panels_on_the_next_page(client, world):
    user = world.learner_a
    assert 'data-panel="readiness-review"' not in page(client, user)
    CoordinatorAssignment.objects.create(user=user, region=world.a.municipality.region)
    html = page(client, user)
    assert 'data-panel="readiness-review"' in html and 'data-panel="reports-region"' in html
    Membership.objects.filter(user=user, association=world.a).update(role=Role.CONTACT)
    html = page(client, user)
    assert 'data-panel="associations-join-requests"' in html and 'data-panel="readiness-next-step"' in html


def test_a_new_group_shows_its_panels_on_the_next_page(client, world, settings):
    user = world.learner_a
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, user.email]
    assert 'data-panel="quizzes-marking"' not in page(client, user)
    user.groups.add(Group.objects.get_or_create(name="Trainers")[0])
    html = page(client, user)
    assert 'data-panel="quizzes-marking"' in html and 'data-panel="courses-review"' in html
    user.groups.add(Group.objects.get_or_create(name="Live trainers")[0])
    assert 'data-panel="live-trainings"' in page(client, user)


def test_a_session_trainer_sees_the_trainings_panel(client, world, calendar, settings):
    user = world.learner_a
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, user.email]
    session = LiveSessionPageFactory(parent=calendar, starts_at=timezone.now() + timedelta(days=2))
    session.trainers.add(user)
    session.save_revision().publish()  # the trainers are set on the page
    assert 'data-panel="live-trainings"' in page(client, user)


def test_shared_facts_are_read_once_per_start_page_and_never_kept_after_it(world, rf):
    reads = []

    def read():
        reads.append(1)
        return len(reads)

    assert start.shared(world.learner_a, "test", read) == 1  # outside a start page: every call reads
    assert start.shared(world.learner_a, "test", read) == 2
    start.register_panel(
        "test-shared",
        order=999,
        applies=lambda user: start.shared(user, "test", read) > 0,
        context=lambda user, request: {"first": start.shared(user, "test", read)},
        template="start/panels/badges_new.html",
    )
    try:
        [(_panel, context)] = [
            pair for pair in start.panels_for(world.learner_a, rf.get(START)) if pair[0].key == "test-shared"
        ]
        assert context["first"] == 3 and len(reads) == 3  # applies read it; the context got the same
        other = [ctx for p, ctx in start.panels_for(world.learner_b, rf.get(START)) if p.key == "test-shared"]
        assert other[0]["first"] == 4  # another page (another person) reads again
    finally:
        start._PANELS.pop("test-shared")
