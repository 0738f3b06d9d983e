"""A small world for the try-request tests (fixture `tryout_world`): two
regions, three associations with one activity each, and one person of every
scope."""

from types import SimpleNamespace

import pytest

from associations.models import Association, CoordinatorAssignment, Membership, Municipality, Region, Role
from tests.factories import UserFactory


@pytest.fixture
def tryout_world(site_pages, settings):
    from tests.activities.test_tryouts.helpers import make_activity

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
    names = ["staff", "coordinator", "coordinator_savo", "contact_a", "contact_b", "learner_a", "outsider"]
    people = {name: UserFactory(email=f"{name}@example.org", preferred_language="fi") for name in names}
    people["staff"].is_staff = True
    people["staff"].save()
    CoordinatorAssignment.objects.create(user=people["coordinator"], region=kainuu)
    CoordinatorAssignment.objects.create(user=people["coordinator_savo"], region=savo)
    Membership.objects.create(user=people["contact_a"], association=a, role=Role.CONTACT)
    Membership.objects.create(user=people["contact_b"], association=b, role=Role.CONTACT)
    Membership.objects.create(user=people["learner_a"], association=a)
    settings.MFA_EXEMPT_EMAILS = [p.email for p in people.values()]
    settings.TRYOUT_MIN_FILL_SECONDS = 0
    return SimpleNamespace(
        a=a,
        b=b,
        c=c,
        kainuu=kainuu,
        activity_a=make_activity(a, "Football for everyone"),
        activity_b=make_activity(b, "Cross-country skiing"),
        activity_c=make_activity(c, "4H club"),
        people=people,
        **people,
    )
