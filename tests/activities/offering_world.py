"""The small offering world of the activity tests: two Kainuu associations in two
municipalities, the first with a contact, and `make` for an activity."""

from activities.models import Activity
from associations.models import Association, Membership, Municipality, Region, Role
from tests.factories import UserFactory


def kainuu_clubs(contact_email: str = "contact@example.org", **contact_fields) -> dict:
    region, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    kajaani, _ = Municipality.objects.get_or_create(code="205", defaults={"name": "Kajaani", "region": region})
    sotkamo, _ = Municipality.objects.get_or_create(code="765", defaults={"name": "Sotkamo", "region": region})
    club = Association.objects.create(slug="club", name="Club", association_type="sports_club", municipality=kajaani)
    other = Association.objects.create(slug="other", name="Other", association_type="4h", municipality=sotkamo)
    contact = UserFactory(email=contact_email, **contact_fields)
    Membership.objects.create(user=contact, association=club, role=Role.CONTACT)
    return {"region": region, "kajaani": kajaani, "sotkamo": sotkamo, "club": club, "other": other, "contact": contact}


def make(association, title="Jalkapallo", **fields) -> Activity:
    fields.setdefault("municipality", association.municipality)
    fields.setdefault("hobby_type", "football")
    return Activity.objects.create(association=association, title=title, **fields)
