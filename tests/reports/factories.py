"""Factories for the reports app: reminders sent to members. Progress rows
(enrolments, step and course completions) live in tests/courses/factories.py."""

import factory
from django.utils import timezone

from reports.models import Reminder
from tests.associations.factories import AssociationFactory
from tests.factories import UserFactory


class ReminderFactory(factory.django.DjangoModelFactory):
    """A reminder sent now to `user` about `association`, by `sent_by`."""

    class Meta:
        model = Reminder

    user = factory.SubFactory(UserFactory)
    association = factory.SubFactory(AssociationFactory)
    sent_by = factory.SubFactory(UserFactory)
    sent_at = factory.LazyFunction(timezone.now)
