"""The per-role start page (/<language>/start/, accounts/start.py): each role
sees its own items with links to where the work is done, nothing outside its
scope, in a number of queries that does not grow with the data."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from associations.models import CoordinatorAssignment, JoinRequest, Membership, Role
from badges.models import Award
from live.models import Registration, RegistrationStatus
from readiness.models import AssociationReadiness
from tests.associations.factories import AssociationFactory
from tests.badges.factories import PersonAwardFactory
from tests.courses.factories import build_course_tree, record_progress
from tests.factories import UserFactory, group_member
from tests.live.factories import LiveSessionIndexPageFactory, LiveSessionPageFactory
from tests.readiness.factories import ApprovalFactory

START = "/fi/start/"


def start_page(client, user):
    client.force_login(user)
    response = client.get(START)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def calendar(site_pages):
    return LiveSessionIndexPageFactory(parent=site_pages)


def test_start_page_needs_login(client, db):
    response = client.get(START)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


# --- the learner ---


def test_learner_sees_continue_link_for_course_in_progress(client, world, site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=3, slug="aloitus", title="Aloituskurssi")
    record_progress(world.learner_a, tree, lessons=1)
    html = start_page(client, world.learner_a)
    assert reverse("courses:continue", args=[tree.course.pk]) in html
    assert "Aloituskurssi" in html


def test_learner_without_courses_is_offered_the_catalogue(client, world, site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=1)
    html = start_page(client, world.learner_a)
    assert "Browse courses" in html
    assert tree.index.url in html


def test_completed_course_is_not_in_progress(client, world, site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=2, slug="valmis", title="Valmis kurssi")
    record_progress(world.learner_a, tree)
    html = start_page(client, world.learner_a)
    assert reverse("courses:continue", args=[tree.course.pk]) not in html


def test_learner_sees_courses_suggested_for_their_role(client, world, site_pages):
    Membership.objects.filter(user=world.learner_a).update(role=Role.COACH)
    build_course_tree(
        site_pages, modules=1, lessons=1, slug="valmentajat", title="Valmentajille", intended_roles=["coach"]
    )
    build_course_tree(
        site_pages, modules=1, lessons=1, slug="hallitus", title="Hallitukselle", intended_roles=["board_member"]
    )
    html = start_page(client, world.learner_a)
    assert "Valmentajille" in html
    assert "Hallitukselle" not in html


def test_person_without_association_is_told_to_find_one(client, world):
    html = start_page(client, world.outsider)
    assert "Find your association" in html
    assert reverse("associations:find") in html


def test_learner_sees_registered_upcoming_session(client, world, calendar):
    session = LiveSessionPageFactory(parent=calendar, title="Tuleva etäkoulutus")
    Registration.objects.create(session=session, user=world.learner_a, status=RegistrationStatus.REGISTERED)
    html = start_page(client, world.learner_a)
    assert "Tuleva etäkoulutus" in html
    assert session.url in html


def test_learner_sees_waiting_list_position(client, world, calendar):
    session = LiveSessionPageFactory(parent=calendar, capacity=1)
    now = timezone.now()
    for i, user in enumerate([world.learner_b, world.outsider, world.learner_a]):
        status = RegistrationStatus.REGISTERED if i == 0 else RegistrationStatus.WAITLISTED
        Registration.objects.create(session=session, user=user, status=status, queued_at=now + timedelta(seconds=i))
    html = start_page(client, world.learner_a)
    assert "Waiting list position: 2" in html


def test_cancelled_registration_is_not_shown(client, world, calendar):
    session = LiveSessionPageFactory(parent=calendar, title="Peruttu ilmoittautuminen")
    Registration.objects.create(session=session, user=world.learner_a, status=RegistrationStatus.CANCELLED)
    assert "Peruttu ilmoittautuminen" not in start_page(client, world.learner_a)


def test_learner_sees_new_badge_with_its_verification_link(client, world):
    award = PersonAwardFactory(recipient_user=world.learner_a)
    html = start_page(client, world.learner_a)
    assert reverse("badges:verify", args=[award.pk]) in html


def test_revoked_badge_is_not_new(client, world):
    award = PersonAwardFactory(recipient_user=world.learner_a)
    Award.objects.filter(pk=award.pk).update(revoked_at=timezone.now())
    assert reverse("badges:verify", args=[award.pk]) not in start_page(client, world.learner_a)


def test_learner_sees_no_contact_coordinator_or_trainer_panels(client, world):
    html = start_page(client, world.learner_a)
    for key in (
        "associations-join-requests",
        "readiness-review",
        "reports-region",
        "quizzes-marking",
        "live-trainings",
    ):
        assert f'data-panel="{key}"' not in html


# --- the association contact ---


def test_contact_sees_pending_join_request_linking_to_members_page(client, world):
    html = start_page(client, world.contact_a)
    assert str(world.outsider) in html
    assert reverse("associations:members", args=[world.a.slug]) + "#requests-heading" in html


def test_contact_does_not_see_other_associations_join_requests(client, world):
    stranger = UserFactory(email="stranger@example.org", first_name="Vieras", last_name="Henkilö")
    JoinRequest.objects.create(user=stranger, association=world.b)
    html = start_page(client, world.contact_a)
    assert "Vieras Henkilö" not in html
    assert reverse("associations:members", args=[world.b.slug]) not in html


def test_contact_sees_members_progress_linking_to_the_association_report(client, world):
    html = start_page(client, world.contact_a)
    assert reverse("reports:association", kwargs={"slug": world.a.slug}) in html
    assert reverse("reports:association", kwargs={"slug": world.b.slug}) not in html


def test_contact_sees_next_readiness_step(client, world):
    html = start_page(client, world.contact_a)
    assert 'data-panel="readiness-next-step"' in html
    assert reverse("readiness:association", kwargs={"slug": world.a.slug}) in html
    assert reverse("readiness:association", kwargs={"slug": world.b.slug}) not in html


# --- the regional coordinator ---


def test_coordinator_sees_association_waiting_for_review(client, world):
    AssociationReadiness.objects.create(association=world.a, submitted_at=timezone.now())
    html = start_page(client, world.coordinator)
    assert reverse("readiness:association", kwargs={"slug": world.a.slug}) + "#review-heading" in html


def test_coordinator_does_not_see_other_regions_reviews(client, world):
    AssociationReadiness.objects.create(association=world.c, submitted_at=timezone.now())
    html = start_page(client, world.coordinator)
    assert reverse("readiness:association", kwargs={"slug": world.c.slug}) not in html


def test_coordinator_sees_approval_about_to_lapse(client, world):
    ApprovalFactory(association=world.b, valid_until=timezone.localdate() + timedelta(days=20))
    html = start_page(client, world.coordinator)
    assert "Approvals about to lapse" in html
    assert reverse("readiness:association", kwargs={"slug": world.b.slug}) + "#status-heading" in html


def test_approval_far_from_lapsing_is_not_listed(client, world):
    ApprovalFactory(association=world.b, valid_until=timezone.localdate() + timedelta(days=700))
    html = start_page(client, world.coordinator)
    assert reverse("readiness:association", kwargs={"slug": world.b.slug}) + "#status-heading" not in html


def test_coordinator_sees_only_their_regions_figures(client, world):
    html = start_page(client, world.coordinator)
    assert reverse("reports:region", kwargs={"region_id": world.kainuu.pk}) in html
    assert reverse("reports:region", kwargs={"region_id": world.c.municipality.region_id}) not in html


# --- the trainer ---


@pytest.fixture
def trainer(db, settings):
    return group_member("Trainers", settings, email="trainer@example.org")


def test_trainer_sees_upcoming_session_they_train_linking_to_participants(client, trainer, calendar):
    session = LiveSessionPageFactory(parent=calendar, title="Koulutan tämän")
    session.trainers.add(trainer)
    session.save_revision().publish()
    html = start_page(client, trainer)
    assert reverse("live:participants", args=[session.pk]) in html


def test_trainer_does_not_see_sessions_others_train(client, trainer, calendar):
    other = LiveSessionPageFactory(parent=calendar, title="Toisen koulutus")
    html = start_page(client, trainer)
    assert reverse("live:participants", args=[other.pk]) not in html


def test_trainer_sees_reflections_panel(client, trainer):
    html = start_page(client, trainer)
    assert 'data-panel="quizzes-marking"' in html
    assert reverse("quizzes:marking") in html


def test_trainer_sees_pages_waiting_for_review_panel(client, trainer):
    html = start_page(client, trainer)
    assert 'data-panel="courses-review"' in html


# --- several roles ---


def test_person_with_several_roles_sees_each_roles_panels(client, world, trainer):
    CoordinatorAssignment.objects.create(user=trainer, region=world.kainuu)
    Membership.objects.create(user=trainer, association=world.c, role=Role.CONTACT)
    html = start_page(client, trainer)
    for key in ("courses-continue", "associations-join-requests", "readiness-review", "quizzes-marking"):
        assert f'data-panel="{key}"' in html


# --- query counts ---


def _queries(client, user) -> int:
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(START).status_code == 200
    return len(queries)


def test_learner_start_page_queries_do_not_grow_with_courses(client, world, site_pages, calendar):
    user = world.learner_a
    first = build_course_tree(site_pages, modules=1, lessons=2, slug="k0", title="K0")
    record_progress(user, first, lessons=1)
    Registration.objects.create(session=LiveSessionPageFactory(parent=calendar), user=user, status="registered")
    PersonAwardFactory(recipient_user=user)
    few = _queries(client, user)
    for n in range(1, 4):
        tree = build_course_tree(site_pages, modules=1, lessons=2, slug=f"k{n}", title=f"K{n}")
        record_progress(user, tree, lessons=1)
        Registration.objects.create(session=LiveSessionPageFactory(parent=calendar), user=user, status="waitlisted")
        PersonAwardFactory(recipient_user=user)
    assert _queries(client, user) <= few


def test_coordinator_start_page_queries_do_not_grow_with_associations(client, world):
    few = _queries(client, world.coordinator)
    for n in range(4):
        association = AssociationFactory(municipality=world.a.municipality, slug=f"uusi-{n}")
        AssociationReadiness.objects.create(association=association, submitted_at=timezone.now())
        ApprovalFactory(association=association, valid_until=timezone.localdate() + timedelta(days=10))
        Membership.objects.create(user=UserFactory(), association=association)
    assert _queries(client, world.coordinator) <= few


def test_contact_start_page_queries_do_not_grow_with_associations(client, world):
    few = _queries(client, world.contact_a)
    for n in range(3):
        association = AssociationFactory(municipality=world.a.municipality, slug=f"oma-{n}")
        Membership.objects.create(user=world.contact_a, association=association, role=Role.CONTACT)
        JoinRequest.objects.create(user=UserFactory(), association=association)
    assert _queries(client, world.contact_a) <= few


# --- where login leads ---


def test_login_without_next_lands_on_the_start_page(client, world, password):
    response = client.post("/fi/accounts/login/", {"login": world.learner_a.email, "password": password})
    assert response.status_code == 302
    assert response["Location"] == START


def test_login_with_next_goes_to_next(client, world, password):
    response = client.post(
        "/fi/accounts/login/?next=/fi/badges/", {"login": world.learner_a.email, "password": password}
    )
    assert response["Location"] == "/fi/badges/"


def test_home_page_links_a_signed_in_person_to_their_start_page(client, world):
    client.force_login(world.learner_a)
    html = client.get("/fi/").content.decode()
    assert f'href="{START}"' in html


def test_finnish_course_on_the_arabic_start_page_is_marked_finnish(client, world, site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=2, slug="suomeksi", title="Suomenkielinen kurssi")
    record_progress(world.learner_a, tree, lessons=1)
    client.force_login(world.learner_a)
    html = client.get("/ar/start/").content.decode()
    continue_url = reverse("courses:continue", args=[tree.course.pk]).replace("/fi/", "/ar/", 1)
    assert f'href="{continue_url}" lang="fi" dir="ltr">Suomenkielinen kurssi' in html
