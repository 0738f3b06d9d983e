"""Awards: automatic on course completion and readiness approval, by hand by
a trainer, unique per recipient and badge class, revocation by staff."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from badges import services
from badges.identity import hash_identity
from badges.models import Award, AwardEvent, BadgeClass, BadgeKind
from courses import services as learning
from readiness.signals import readiness_approved
from tests.courses.factories import build_course_tree


@pytest.fixture
def course_tree(site_pages):
    return build_course_tree(site_pages, modules=1, lessons=2, slug="badge-course", title="Badge course")


def finish(user, tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in tree.lessons:
            learning.complete_step(user, lesson)


def test_completing_a_course_awards_its_badge(course_tree, person, django_capture_on_commit_callbacks):
    finish(person, course_tree, django_capture_on_commit_callbacks)

    award = Award.objects.get(recipient_user=person)
    assert award.badge_class.kind == BadgeKind.COURSE
    assert award.badge_class.course_key == course_tree.course.translation_key
    assert award.badge_class.name == "Badge course"
    assert award.source == Award.Source.COURSE
    assert award.evidence_url.startswith("http://testserver/")
    assert award.events.filter(action=AwardEvent.Action.AWARDED).count() == 1


def test_course_badge_class_has_a_generated_png_image(course_tree, person, django_capture_on_commit_callbacks):
    finish(person, course_tree, django_capture_on_commit_callbacks)

    badge = BadgeClass.objects.get(course_key=course_tree.course.translation_key)
    with badge.image.open("rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"


def test_recipient_is_stored_only_as_salted_hash_of_the_normalised_email(award, person):
    assert award.recipient_type == "email"
    assert award.recipient_hash == hash_identity("amal.hassan@example.org", award.salt)
    assert person.email not in award.recipient_hash
    assert len(award.salt) == 32


def test_each_award_gets_its_own_salt(manual_badge, person):
    other_badge = BadgeClass.objects.create(kind=BadgeKind.MANUAL, name="B", description="d", criteria_narrative="c")
    first, _ = services.award_to_person(manual_badge, person, source="manual")
    second, _ = services.award_to_person(other_badge, person, source="manual")
    assert first.salt != second.salt


def test_awarding_twice_returns_the_same_award(manual_badge, person):
    first, created = services.award_to_person(manual_badge, person, source="manual")
    again, created_again = services.award_to_person(manual_badge, person, source="manual")
    assert created and not created_again
    assert again.pk == first.pk
    assert Award.objects.count() == 1


def test_database_refuses_a_second_award_of_the_same_badge_to_a_person(award, person):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Award.objects.create(
            badge_class=award.badge_class,
            recipient_user=person,
            source="manual",
            recipient_type="email",
            recipient_hash="x",
            salt="y",
            status_index=award.status_index + 1 if award.status_index < 100 else 1,
        )


def test_award_ids_are_random_uuids(manual_badge, person):
    award, _ = services.award_to_person(manual_badge, person, source="manual")
    assert award.pk.version == 4


def test_readiness_approval_awards_the_association_its_badge(association, approval):
    readiness_approved.send(
        sender=SimpleNamespace,
        association=association,
        approval=approval,
        evidence_url="http://testserver/fi/readiness/profile/testiseura/",
    )

    award = Award.objects.get(recipient_association=association)
    assert award.badge_class.kind == BadgeKind.READINESS
    assert award.recipient_type == "url"
    assert award.valid_until == approval.valid_until
    assert award.approval_id == approval.pk
    assert award.evidence_url == "http://testserver/fi/readiness/profile/testiseura/"
    identity = services.association_identity(association)
    assert award.recipient_hash == hash_identity(identity, award.salt)


def test_same_approval_signalled_twice_awards_once(association, approval):
    for _ in range(2):
        readiness_approved.send(sender=SimpleNamespace, association=association, approval=approval, evidence_url="")
    assert Award.objects.filter(recipient_association=association).count() == 1


def test_a_new_validity_period_gets_a_new_readiness_award(association, approval):
    services.award_readiness(association, approval)
    renewal = SimpleNamespace(
        pk=approval.pk + 1,
        framework_id=approval.framework_id,
        approved_at=timezone.now(),
        valid_until=approval.valid_until + datetime.timedelta(days=365),
        approved_by=approval.approved_by,
    )
    services.award_readiness(association, renewal)
    assert Award.objects.filter(recipient_association=association).count() == 2


def test_receiver_failure_is_logged_not_raised(association, approval, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "award_readiness", broken)
    readiness_approved.send(sender=SimpleNamespace, association=association, approval=approval, evidence_url="")
    assert "readiness badge not awarded" in caplog.text


def test_trainer_awards_a_badge_by_hand_with_evidence(trainer, manual_badge, person):
    award = services.award_manually(trainer, manual_badge, person, "https://example.org/photo", "Ran an evening.")
    assert award.source == Award.Source.MANUAL
    assert award.awarded_by == trainer
    assert award.events.get().actor == trainer


def test_learner_may_not_award_badges(manual_badge, person):
    with pytest.raises(services.BadgeError):
        services.award_manually(person, manual_badge, person, "https://example.org/x", "")


def test_manual_award_needs_evidence(trainer, manual_badge, person):
    with pytest.raises(services.BadgeError, match="evidence"):
        services.award_manually(trainer, manual_badge, person, "", "  ")


def test_manual_award_of_a_badge_already_held_is_refused(trainer, award, person):
    with pytest.raises(services.BadgeError, match="already holds"):
        services.award_manually(trainer, award.badge_class, person, "https://example.org/x", "")


def test_staff_revokes_with_a_reason_and_it_is_logged(award, staff, caplog):
    services.revoke(award, staff, "Awarded by mistake")
    award.refresh_from_db()
    assert award.revoked and award.revocation_reason == "Awarded by mistake" and award.revoked_by == staff
    event = award.events.get(action=AwardEvent.Action.REVOKED)
    assert event.actor == staff and event.reason == "Awarded by mistake"
    assert "badge revoked" in caplog.text


def test_revocation_needs_a_reason(award, staff):
    with pytest.raises(services.BadgeError):
        services.revoke(award, staff, "   ")
    award.refresh_from_db()
    assert not award.revoked


def test_trainer_may_not_revoke(award, trainer):
    with pytest.raises(services.BadgeError):
        services.revoke(award, trainer, "No")


def test_revoking_twice_changes_nothing(award, staff):
    services.revoke(award, staff, "First reason")
    services.revoke(award, staff, "Second reason")
    award.refresh_from_db()
    assert award.revocation_reason == "First reason"
    assert award.events.filter(action=AwardEvent.Action.REVOKED).count() == 1


def test_verification_link_provider_is_registered_for_readiness_pages(association, approval):
    from readiness.hooks import verification_links

    award, _ = services.award_readiness(association, approval)
    links = verification_links([association])
    assert links == {association.pk: f"/en/badges/verify/{award.pk}/"} or links[association.pk].endswith(
        f"/badges/verify/{award.pk}/"
    )


def test_revoked_readiness_badge_has_no_verification_link(association, approval, staff):
    from readiness.hooks import verification_links

    award, _ = services.award_readiness(association, approval)
    services.revoke(award, staff, "Approval withdrawn")
    assert verification_links([association]) == {}


def test_completing_a_translated_course_awards_the_same_badge(course_tree, person, django_capture_on_commit_callbacks):
    from tests.courses.factories import translate_tree

    pages = translate_tree(course_tree, "en")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in course_tree.lessons:
            learning.complete_step(person, pages[lesson.pk].specific)
    award = Award.objects.get(recipient_user=person)
    # Named after the course in the default language, keyed by the shared translation key.
    assert award.badge_class.course_key == course_tree.course.translation_key
    assert award.badge_class.name == "Badge course"
