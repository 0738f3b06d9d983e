"""Factories for the readiness app: frameworks and criteria, an association's
readiness record, self-assessment answers, approvals and history events.

History rows (approvals, events) are append-only: the factories only create.
A default framework takes the flag from any earlier one (Framework.save).
"""

import datetime

import factory
from django.utils import timezone

from readiness.models import (
    Approval,
    AssociationReadiness,
    Criterion,
    CriterionKind,
    Framework,
    ReadinessEvent,
    SelfAssessmentAnswer,
)
from tests.associations.factories import AssociationFactory
from tests.factories import UserFactory


class FrameworkFactory(factory.django.DjangoModelFactory):
    """The default framework, without criteria (add them with CriterionFactory)."""

    class Meta:
        model = Framework

    name = factory.Sequence(lambda n: f"Testikehys {n}")
    is_default = True
    reminder_days = factory.LazyFunction(lambda: [90, 30])


class CriterionFactory(factory.django.DjangoModelFactory):
    """One criterion; pass `kind`, and `course` for COURSE_COMPLETED."""

    class Meta:
        model = Criterion

    framework = factory.SubFactory(FrameworkFactory)
    kind = CriterionKind.CONTACTS_NAMED
    sort_order = factory.Sequence(lambda n: n)


class AssociationReadinessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AssociationReadiness
        django_get_or_create = ("association",)

    association = factory.SubFactory(AssociationFactory)


class SelfAssessmentAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SelfAssessmentAnswer

    association = factory.SubFactory(AssociationFactory)
    user = factory.SubFactory(UserFactory)
    statement = "welcome"
    rating = SelfAssessmentAnswer.Rating.GOOD


class ApprovalFactory(factory.django.DjangoModelFactory):
    """An approval valid for a year from today, unless `valid_until` says otherwise."""

    class Meta:
        model = Approval

    association = factory.SubFactory(AssociationFactory)
    framework = factory.SubFactory(FrameworkFactory)
    approved_at = factory.LazyFunction(timezone.now)
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=365))
    approved_by = factory.SubFactory(UserFactory)


class ReadinessEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReadinessEvent

    association = factory.SubFactory(AssociationFactory)
    kind = ReadinessEvent.Kind.COMMENTED
    actor = factory.SubFactory(UserFactory)
