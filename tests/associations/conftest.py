"""A small world for scope tests: two regions, three associations and one
person of every scope."""

from types import SimpleNamespace

import pytest

from associations.models import (
    Association,
    CoordinatorAssignment,
    Invitation,
    JoinRequest,
    Membership,
    Municipality,
    Region,
    Role,
)
from associations.services import rotate_invite_link
from tests.factories import UserFactory


@pytest.fixture
def world(site_pages, settings):
    kainuu, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    savo, _ = Region.objects.get_or_create(code="15", defaults={"name": "Pohjois-Savo"})
    kajaani, _ = Municipality.objects.get_or_create(code="205", defaults={"name": "Kajaani", "region": kainuu})
    sotkamo, _ = Municipality.objects.get_or_create(code="765", defaults={"name": "Sotkamo", "region": kainuu})
    kuopio, _ = Municipality.objects.get_or_create(code="297", defaults={"name": "Kuopio", "region": savo})
    a = Association.objects.create(
        slug="palloseura", name="Palloseura", association_type="sports_club", municipality=kajaani
    )
    b = Association.objects.create(
        slug="hiihtajat", name="Hiihtäjät", association_type="sports_club", municipality=sotkamo
    )
    c = Association.objects.create(slug="kuopion-4h", name="Kuopion 4H", association_type="4h", municipality=kuopio)
    for association in (a, b, c):
        rotate_invite_link(association)

    names = ["staff", "coordinator", "coordinator_savo", "contact_a", "contact_b", "learner_a", "learner_b", "outsider"]
    people = {name: UserFactory(email=f"{name}@example.org") for name in names}
    people["staff"].is_staff = True
    people["staff"].save()
    CoordinatorAssignment.objects.create(user=people["coordinator"], region=kainuu)
    CoordinatorAssignment.objects.create(user=people["coordinator_savo"], region=savo)
    Membership.objects.create(user=people["contact_a"], association=a, role=Role.CONTACT)
    Membership.objects.create(user=people["contact_b"], association=b, role=Role.CONTACT)
    Membership.objects.create(user=people["learner_a"], association=a)
    Membership.objects.create(user=people["learner_b"], association=b)
    # Scope tests are about data, not MFA enrolment: exempt everyone here.
    settings.MFA_EXEMPT_EMAILS = [p.email for p in people.values()]
    return SimpleNamespace(
        a=a,
        b=b,
        c=c,
        kainuu=kainuu,
        people=people,
        join_request_a=JoinRequest.objects.create(user=people["outsider"], association=a),
        invitation_a=Invitation.objects.create(association=a, email="newbie@example.org"),
        membership_learner_a=Membership.objects.get(user=people["learner_a"], association=a),
        membership_learner_b=Membership.objects.get(user=people["learner_b"], association=b),
        **people,
    )
