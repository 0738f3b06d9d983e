"""Factories for the associations app: regions, municipalities, associations
and memberships. Generic on purpose; any test may use them.

Codes carry a "T" prefix so they never collide with the Statistics Finland
codes of the Kainuu reference data that migrations load.
"""

import factory

from associations.models import Association, AssociationType, Membership, Municipality, Region, Role
from tests.factories import UserFactory


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    name = factory.Sequence(lambda n: f"Testimaakunta {n}")
    code = factory.Sequence(lambda n: f"TR{n}")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("code",)

    region = factory.SubFactory(RegionFactory)
    name = factory.Sequence(lambda n: f"Testikunta {n}")
    code = factory.Sequence(lambda n: f"TM{n}")


class AssociationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Association
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Testiseura {n}")
    slug = factory.Sequence(lambda n: f"testiseura-{n}")
    association_type = AssociationType.SPORTS_CLUB
    municipality = factory.SubFactory(MunicipalityFactory)


class MembershipFactory(factory.django.DjangoModelFactory):
    """An active membership; pass `role=Role.CONTACT` (or use ContactMembershipFactory) for others."""

    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    association = factory.SubFactory(AssociationFactory)
    role = Role.MEMBER
    active = True


class ContactMembershipFactory(MembershipFactory):
    role = Role.CONTACT
