"""repair_badge_awards: awards the automatic badges that are due but missing,
once, never re-issues a revoked award, and is safe to run twice."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from badges import services
from badges.models import Award
from courses.models import CourseCompletion
from tests.courses.factories import build_course_tree
from tests.readiness.factories import ApprovalFactory


@pytest.fixture(autouse=True)
def lock_dir(settings, tmp_path):
    settings.LOCK_DIR = tmp_path


@pytest.fixture
def course_tree(site_pages):
    return build_course_tree(site_pages, modules=1, lessons=1, slug="repair-course", title="Repair course")


@pytest.fixture
def completion_without_award(course_tree, person):
    # As when the award task was lost: the completion is there, the award is not.
    return CourseCompletion.objects.create(user=person, course_key=course_tree.course.translation_key)


def test_a_completion_without_its_badge_gets_the_badge(completion_without_award, person):
    call_command("repair_badge_awards")
    award = Award.objects.get(recipient_user=person)
    assert award.badge_class.course_key == completion_without_award.course_key
    assert award.source == Award.Source.COURSE


def test_running_the_repair_twice_awards_once(completion_without_award, person):
    call_command("repair_badge_awards")
    call_command("repair_badge_awards")
    assert Award.objects.filter(recipient_user=person).count() == 1


def test_dry_run_counts_and_awards_nothing(completion_without_award, capsys):
    call_command("repair_badge_awards", "--dry-run")
    assert "course badges missing: 1" in capsys.readouterr().out
    assert Award.objects.count() == 0


def test_a_revoked_award_is_not_issued_again(completion_without_award, person, staff, course_tree):
    award, _ = services.award_course_completion(person, course_tree.course)
    services.revoke(award, staff, "issued by mistake")
    call_command("repair_badge_awards")
    assert Award.objects.filter(recipient_user=person).count() == 1


def test_an_anonymised_account_gets_no_badge(completion_without_award, person):
    person.anonymised_at, person.is_active = timezone.now(), False
    person.save()
    call_command("repair_badge_awards")
    assert Award.objects.count() == 0


def test_a_current_approval_without_its_badge_gets_the_readiness_badge(db):
    approval = ApprovalFactory()
    call_command("repair_badge_awards")
    award = Award.objects.get(recipient_association=approval.association)
    assert award.approval_id == approval.pk
    assert award.valid_until == approval.valid_until


def test_an_expired_approval_gets_no_badge(db):
    ApprovalFactory(valid_until=timezone.localdate() - timezone.timedelta(days=1))
    call_command("repair_badge_awards")
    assert Award.objects.count() == 0


def test_a_second_run_while_one_holds_the_lock_does_nothing(completion_without_award, capsys):
    from training.locks import single_instance

    with single_instance("repair_badge_awards"):
        call_command("repair_badge_awards")
    assert "already running" in capsys.readouterr().out
    assert Award.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_two_repairs_at_once_award_once():
    from django.db import connection
    from wagtail.models import Site

    from badges.repair import repair
    from home import demo
    from tests.concurrency import run_together
    from tests.factories import UserFactory

    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL")
    demo.seed({})  # transactional tests start from an empty database
    site_pages = Site.objects.get(is_default_site=True).root_page.specific
    tree = build_course_tree(site_pages, modules=1, lessons=1, slug="race-course", title="Race course")
    person = UserFactory(email="racer@example.org")
    CourseCompletion.objects.create(user=person, course_key=tree.course.translation_key)

    results, errors = run_together([repair, repair])

    assert errors == []
    assert Award.objects.filter(recipient_user=person).count() == 1
    assert sorted(result.course_awards for result in results) == [0, 1]
