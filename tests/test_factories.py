"""The shared factories build valid rows (kept in step with the models)."""

import pytest

from badges.models import Award
from courses.models import CourseCompletion, Enrolment, StepCompletion
from readiness.models import Framework
from tests.badges.factories import BadgeClassFactory, PersonAwardFactory
from tests.courses.factories import (
    CourseCompletionFactory,
    EnrolmentFactory,
    StepCompletionFactory,
    build_course_tree,
    record_progress,
)
from tests.factories import UserFactory
from tests.readiness.factories import (
    ApprovalFactory,
    AssociationReadinessFactory,
    CriterionFactory,
    FrameworkFactory,
    ReadinessEventFactory,
    SelfAssessmentAnswerFactory,
)
from tests.reports.factories import ReminderFactory

pytestmark = pytest.mark.django_db


def test_progress_factories_take_keys_from_the_pages(site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=2)
    user = UserFactory()
    enrolment = EnrolmentFactory(user=user, course=tree.course)
    step = StepCompletionFactory(user=user, step=tree.lessons[0])
    completion = CourseCompletionFactory(user=user, course=tree.course)
    assert enrolment.course_key == step.course_key == completion.course_key == tree.course.translation_key
    assert step.step_key == tree.lessons[0].translation_key


def test_record_progress_of_part_of_a_course_does_not_complete_it(site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=3)
    user = UserFactory()
    record_progress(user, tree, lessons=2)
    assert StepCompletion.objects.filter(user=user).count() == 2
    assert Enrolment.objects.filter(user=user).count() == 1
    assert not CourseCompletion.objects.filter(user=user).exists()
    record_progress(user, tree)
    assert StepCompletion.objects.filter(user=user).count() == 3
    assert CourseCompletion.objects.filter(user=user).count() == 1


def test_readiness_factories_build_one_default_framework_and_its_records():
    first = FrameworkFactory()
    criterion = CriterionFactory()
    approval = ApprovalFactory(framework=criterion.framework)
    answer = SelfAssessmentAnswerFactory(association=approval.association)
    record = AssociationReadinessFactory(association=approval.association)
    event = ReadinessEventFactory(association=approval.association)
    assert list(Framework.objects.filter(is_default=True)) == [criterion.framework]
    assert Framework.objects.get(pk=first.pk).is_default is False
    assert answer.association == record.association == event.association == approval.association
    assert approval.valid_until > approval.approved_at.date()


def test_badge_factories_award_through_the_service_once(settings, tmp_path):
    badge = BadgeClassFactory()
    person = UserFactory()
    award = PersonAwardFactory(badge_class=badge, recipient_user=person)
    again = PersonAwardFactory(badge_class=badge, recipient_user=person)
    assert badge.image
    assert award.pk == again.pk
    assert Award.objects.filter(badge_class=badge).count() == 1
    assert award.recipient_hash


def test_reminder_factory_records_a_reminder():
    reminder = ReminderFactory()
    assert reminder.user != reminder.sent_by
    assert reminder.association.pk
