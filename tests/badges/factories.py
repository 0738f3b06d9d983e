"""Factories for the badges app. Badge classes get their image drawn as the
app does (services.ensure_image); awards go through the awarding service so
the recipient hash, salt and status-list index are what production writes."""

import factory

from badges import services
from badges.models import Award, BadgeClass, BadgeKind
from tests.factories import UserFactory


class BadgeClassFactory(factory.django.DjangoModelFactory):
    """A manual badge; pass `kind=BadgeKind.COURSE, course_key=...` for a course badge."""

    class Meta:
        model = BadgeClass
        skip_postgeneration_save = True

    kind = BadgeKind.MANUAL
    name = factory.Sequence(lambda n: f"Testimerkki {n}")
    description = "Merkki testejä varten."
    criteria_narrative = "Teki sen, mitä merkki vaatii."
    alignment = factory.LazyFunction(list)
    tags = factory.LazyFunction(list)

    @factory.post_generation
    def image(self, create, extracted, **kwargs):
        if create:
            services.ensure_image(self)


class PersonAwardFactory(factory.django.DjangoModelFactory):
    """An award to a person, made by services.award_to_person (idempotent:
    the same badge and person give the same award)."""

    class Meta:
        model = Award

    badge_class = factory.SubFactory(BadgeClassFactory)
    recipient_user = factory.SubFactory(UserFactory)
    source = Award.Source.MANUAL
    evidence_url = ""
    evidence_narrative = ""

    @classmethod
    def _create(cls, model_class, badge_class, recipient_user, source, **kwargs):
        award, _created = services.award_to_person(badge_class, recipient_user, source=source, **kwargs)
        return award
